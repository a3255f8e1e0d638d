package dev.precis.core;

/** Character classes shared by every stage, defined once so that they agree. */
public final class Chars {
  private Chars() {}

  /**
   * Unicode's White_Space property. {@link Character#isWhitespace} leaves out the no-break
   * spaces, which news text uses between sentences (the seed article has U+00A0 + space).
   */
  public static boolean isSpace(int c) {
    if (c > ' ' && c < 0x85) {
      return false; // printable ASCII, the common case, decided without the switch
    }
    switch (c) {
      case ' ': case '\t': case '\n': case 0x0B: case '\f': case '\r':
      case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
      case 0x202F: case 0x205F: case 0x3000:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200A;
    }
  }

  /** A line break: LF, CR, NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR. */
  public static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  /** Index of the first non-space char in {@code [from, to)}, or {@code to}. */
  public static int skipSpace(CharSequence s, int from, int to) {
    int i = from;
    while (i < to && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** One past the last non-space char in {@code [from, to)}, or {@code from}. */
  public static int trimEnd(CharSequence s, int from, int to) {
    int i = to;
    while (i > from && isSpace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** {@code [from, to)} without leading and trailing white space; empty spans stay empty. */
  public static Span trim(CharSequence s, int from, int to) {
    int start = skipSpace(s, from, to);
    return new Span(start, Math.max(start, trimEnd(s, start, to)));
  }
}
