package dev.precis.core.summary;

import dev.precis.core.Document;
import dev.precis.core.Span;

/**
 * Finds a title in plain text: a first paragraph that is a single short line followed by a
 * blank line, and that does not end like a sentence of running text (a full stop, colon,
 * semicolon or comma), since one-line lead paragraphs are common in news.
 */
public final class Titles {
  private static final int MAX_CHARS = 200;
  private static final int MAX_WORDS = 25;

  private Titles() {}

  /** The title's span, or null when the text has none. */
  public static Span detect(Document document) {
    if (document.paragraphs().size() < 2) {
      return null;
    }
    Span first = document.paragraphs().get(0);
    String text = document.text(first);
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.length() > MAX_CHARS
        || TextAnalyzer.countWords(text) > MAX_WORDS || TextAnalyzer.countWords(text) == 0) {
      return null;
    }
    int end = text.length() - 1;
    while (end >= 0 && "\"'”’)]»".indexOf(text.charAt(end)) >= 0) {
      end--;
    }
    if (end < 0 || ".:;,".indexOf(text.charAt(end)) >= 0) {
      return null;
    }
    return first;
  }
}
