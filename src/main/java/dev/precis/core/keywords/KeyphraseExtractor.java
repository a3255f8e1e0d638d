package dev.precis.core.keywords;

import dev.precis.core.Document;
import dev.precis.core.Span;
import java.util.List;

/** Finds an article's key phrases. Implementations are thread-safe and deterministic. */
public interface KeyphraseExtractor {

  /** The name users pick this extractor by. */
  String name();

  /** At most {@code k} phrases of {@code document} (with sentences), best first. */
  List<Keyphrase> extract(Document document, int k);

  /**
   * One key phrase: its text as first written, its score (the best phrase scores 1), where it
   * and its variants occur (spans into the document's text, in order), and its variants: the
   * near-duplicates merged into it ("bubonic plague" and "plague case" under "plague").
   */
  record Keyphrase(String phrase, double score, List<Span> occurrences, List<String> variants) {
    public Keyphrase(String phrase, double score, List<Span> occurrences) {
      this(phrase, score, occurrences, List.of());
    }
  }
}
