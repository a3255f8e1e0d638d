package dev.precis.format;

import dev.precis.core.Chars;

/** Plain-text helpers shared by the renderers. */
public final class Text {
  private Text() {}

  /**
   * {@code text} on one line: every run of white space that holds a line break becomes one
   * space (hard-wrapped input), other spaces are kept as they are.
   */
  public static String oneLine(String text) {
    StringBuilder out = null;
    int i = 0;
    while (i < text.length()) {
      if (!Chars.isSpace(text.charAt(i))) {
        if (out != null) {
          out.append(text.charAt(i));
        }
        i++;
        continue;
      }
      int end = i;
      boolean lineBreak = false;
      while (end < text.length() && Chars.isSpace(text.charAt(end))) {
        lineBreak |= Chars.isLineBreak(text.charAt(end));
        end++;
      }
      if (lineBreak && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(lineBreak ? " " : text.substring(i, end));
      }
      i = end;
    }
    return out == null ? text : out.toString();
  }
}
