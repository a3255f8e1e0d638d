package dev.precis.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds paragraphs: runs of text separated by blank lines (lines of only white space) or by
 * U+2029 PARAGRAPH SEPARATOR. LF, CRLF and CR line ends are all accepted.
 */
public final class Paragraphs {
  private Paragraphs() {}

  public static List<Span> split(String text) {
    List<Span> result = new ArrayList<>();
    int paraStart = -1;
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = lineStart;
      while (lineEnd < n && !Chars.isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      boolean blank = Chars.skipSpace(text, lineStart, lineEnd) == lineEnd;
      if (blank && paraStart >= 0) {
        add(result, text, paraStart, lineStart);
        paraStart = -1;
      } else if (!blank && paraStart < 0) {
        paraStart = lineStart;
      }
      boolean hardBreak = lineEnd < n && text.charAt(lineEnd) == 0x2029;
      if (hardBreak && paraStart >= 0) {
        add(result, text, paraStart, lineEnd);
        paraStart = -1;
      }
      lineStart = nextLine(text, lineEnd);
    }
    if (paraStart >= 0) {
      add(result, text, paraStart, n);
    }
    return result;
  }

  private static int nextLine(String text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return lineEnd;
    }
    boolean crlf = text.charAt(lineEnd) == '\r'
        && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n';
    return lineEnd + (crlf ? 2 : 1);
  }

  private static void add(List<Span> result, String text, int from, int to) {
    Span span = Chars.trim(text, from, to);
    if (!span.isEmpty()) {
      result.add(span);
    }
  }
}
