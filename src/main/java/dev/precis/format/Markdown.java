package dev.precis.format;

/** Markdown helpers shared by the renderers. */
public final class Markdown {
  private Markdown() {}

  /** {@code text} on one line, with the characters Markdown would interpret escaped. */
  public static String inline(String text) {
    String flat = Text.oneLine(text);
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
