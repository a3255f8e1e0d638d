package dev.precis.api;

import dev.precis.core.Document;
import dev.precis.core.Span;
import dev.precis.core.translate.Translation;
import java.util.List;

/**
 * What {@link Precis#translate} and {@link Precis#translateLines} return.
 *
 * @param input the input as worked on (HTML reduced to its article text)
 * @param document the text with its paragraphs
 * @param lines the non-blank lines translated one by one, or null when the paragraphs were
 * @param translation the translations of the paragraphs (or lines), in order
 */
public record TranslateResult(ArticleInput input, Document document, List<Span> lines,
    Translation translation) {}
