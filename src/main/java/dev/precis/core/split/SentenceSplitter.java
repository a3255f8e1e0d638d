package dev.precis.core.split;

import dev.precis.core.Chars;
import dev.precis.core.Document;
import dev.precis.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one paragraph into sentences. Implementations are thread-safe and return trimmed,
 * ordered spans that together hold every non-space char of the paragraph exactly once.
 */
public interface SentenceSplitter {

  /** The name users pick this splitter by ({@code --splitter NAME}). */
  String name();

  /** Sentence spans, in absolute offsets, of {@code paragraph} within {@code text}. */
  List<Span> split(String text, Span paragraph);

  /** {@code document} with its sentence layer found by this splitter. */
  default Document apply(Document document) {
    List<Span> sentences = new ArrayList<>();
    for (Span paragraph : document.paragraphs()) {
      sentences.addAll(split(document.text(), paragraph));
    }
    return document.withSentences(sentences);
  }

  /**
   * The trimmed, non-empty pieces of {@code paragraph} cut at the given ascending
   * {@code ends}: the shared way to turn boundary positions into a valid sentence layer.
   */
  static List<Span> piecesBetween(String text, Span paragraph, int[] ends, int count) {
    List<Span> result = new ArrayList<>(count + 1);
    int from = paragraph.start();
    for (int i = 0; i <= count; i++) {
      int to = i < count ? Math.min(Math.max(ends[i], from), paragraph.end()) : paragraph.end();
      Span piece = Chars.trim(text, from, to);
      if (!piece.isEmpty()) {
        result.add(piece);
      }
      from = to;
    }
    return result;
  }
}
