package dev.precis.api;

import dev.precis.core.Document;
import dev.precis.core.translate.Translation;
import java.util.List;

/**
 * What {@link Precis#split} returns.
 *
 * @param input the input as worked on (HTML reduced to its article text)
 * @param document the text with its paragraphs and sentences
 * @param translation the sentences' translations, or null when none was asked for
 */
public record SplitResult(ArticleInput input, Document document, Translation translation) {
  /** The sentences' texts, in order. */
  public List<String> sentences() {
    return document.sentences().stream().map(document::text).toList();
  }
}
