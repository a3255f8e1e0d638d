package dev.precis.cli;

/**
 * Text made safe to show on a terminal: control characters from inputs, file names or a
 * server's error body (ESC starting an escape sequence that clears the screen or retitles the
 * window, BEL, a bare CR, C1 controls) are shown in caret notation ({@code ^[}) instead of
 * being obeyed.
 */
final class TerminalText {
  private TerminalText() {}

  /** {@code text} with every control character but tab and line feed made visible. */
  static String safe(String text) {
    return safe(text, true);
  }

  /** One line: a line feed is made visible too (error messages stay one line). */
  static String oneLine(String text) {
    return safe(text, false);
  }

  private static String safe(String text, boolean keepLines) {
    int first = firstUnsafe(text, keepLines);
    if (first < 0) {
      return text; // the usual case: no copy
    }
    StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(text, i, keepLines)) {
        safe.append(c);
      } else if (c < 0x20) {
        safe.append('^').append((char) (c + 64));
      } else if (c == 0x7F) {
        safe.append("^?");
      } else {
        safe.append(String.format("\\u%04X", (int) c));
      }
    }
    return safe.toString();
  }

  private static int firstUnsafe(String text, boolean keepLines) {
    for (int i = 0; i < text.length(); i++) {
      if (unsafe(text, i, keepLines)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean unsafe(String text, int i, boolean keepLines) {
    char c = text.charAt(i);
    if (c >= 0x20 && c < 0x7F || c > 0x9F) {
      return false;
    }
    if (keepLines && (c == '\n' || c == '\t'
        || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
      return false;
    }
    return true;
  }
}
