package dev.precis.api;

import dev.precis.core.Document;
import dev.precis.core.translate.Translation;

/**
 * What {@link Precis#translate} returns.
 *
 * @param input the input as worked on (HTML reduced to its article text)
 * @param document the text with its paragraphs
 * @param translation the paragraphs' translations, in order
 */
public record TranslateResult(ArticleInput input, Document document, Translation translation) {}
