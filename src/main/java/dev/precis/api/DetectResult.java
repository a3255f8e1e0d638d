package dev.precis.api;

import dev.precis.core.Document;
import dev.precis.core.translate.LanguageDetector.Detection;

/**
 * What {@link Precis#detect} returns.
 *
 * @param input the input as worked on (HTML reduced to its article text)
 * @param document the text with its paragraphs
 * @param detection the language (ISO 639-3) and the detector's confidence
 */
public record DetectResult(ArticleInput input, Document document, Detection detection) {}
