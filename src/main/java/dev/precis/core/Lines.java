package dev.precis.core;

import java.util.ArrayList;
import java.util.List;

/** Lines of a text as spans, for sentence-per-line corpora. */
public final class Lines {
  private Lines() {}

  /** The non-blank lines of {@code text} (without their line ends), in order. */
  public static List<Span> nonBlank(String text) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      if (!text.substring(start, end).isBlank()) {
        spans.add(new Span(start, end));
      }
      if (end >= text.length()) {
        break;
      }
      start = end + (text.startsWith("\r\n", end) ? 2 : 1);
    }
    return spans;
  }
}
