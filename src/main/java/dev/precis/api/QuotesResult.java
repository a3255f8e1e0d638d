package dev.precis.api;

import dev.precis.core.Document;
import dev.precis.core.quotes.Quote;
import dev.precis.core.translate.Translation;
import java.util.List;

/**
 * What {@link Precis#quotes} returns.
 *
 * @param input the input as worked on (HTML reduced to its article text)
 * @param document the text with its paragraphs and sentences; quotes' spans point into it
 * @param quotes the quotations kept by the options, in text order
 * @param translation the quotes' translations, or null when none was asked for
 */
public record QuotesResult(ArticleInput input, Document document, List<Quote> quotes,
    Translation translation) {
  public QuotesResult {
    quotes = List.copyOf(quotes);
  }
}
