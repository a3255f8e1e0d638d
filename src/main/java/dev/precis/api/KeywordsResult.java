package dev.precis.api;

import dev.precis.core.Document;
import dev.precis.core.keywords.KeyphraseExtractor.Keyphrase;
import java.util.List;

/**
 * What {@link Precis#keywords} returns.
 *
 * @param input the input as worked on (HTML reduced to its article text)
 * @param document the text; the phrases' occurrences point into it
 * @param phrases the key phrases, best first
 */
public record KeywordsResult(ArticleInput input, Document document, List<Keyphrase> phrases) {
  public KeywordsResult {
    phrases = List.copyOf(phrases);
  }
}
