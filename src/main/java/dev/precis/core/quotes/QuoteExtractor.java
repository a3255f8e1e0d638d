package dev.precis.core.quotes;

import dev.precis.core.Document;
import java.util.List;

/**
 * Finds the quotations of an article and who said them. Implementations are thread-safe.
 */
public interface QuoteExtractor {

  /** The name users pick this extractor by. */
  String name();

  /**
   * The quotations of {@code document} in text order. The document must carry its sentence
   * layer; no quotation is left out for lack of a speaker (its speaker is then null).
   */
  List<Quote> extract(Document document);
}
