package dev.precis.core.summary;

import dev.precis.core.Document;
import dev.precis.core.InputException;
import dev.precis.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A document split by its supplier (a corpus record's {@code sentences} array) instead of by
 * precis: each given sentence is found in the text, in order, so its span still slices back
 * to the input.
 */
public final class GivenSentences {
  private GivenSentences() {}

  /** {@code text} with the given sentences as its sentence layer. */
  public static Document apply(String source, String text, List<String> sentences) {
    Document document = Document.of(text);
    List<Span> spans = new ArrayList<>(sentences.size());
    int from = 0;
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i).strip();
      if (sentence.isEmpty()) {
        continue;
      }
      int at = text.indexOf(sentence, from);
      if (at < 0) {
        throw new InputException(source, "sentence " + (i + 1) + " of \"sentences\" is not in the text"
            + " after sentence " + i, "give the sentences verbatim and in text order, or drop the field");
      }
      spans.add(new Span(at, at + sentence.length()));
      from = at + sentence.length();
    }
    try {
      return document.withSentences(spans);
    } catch (IllegalArgumentException e) {
      throw new InputException(source, "a given sentence crosses a paragraph break",
          "split the record's sentences at blank lines");
    }
  }
}
