package dev.precis.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides cheaply whether an input is an HTML page rather than plain text, looking only at
 * its start: a doctype or an {@code <html>}, {@code <head>} or {@code <body>} tag there, or
 * markup so dense that the text cannot be prose that merely mentions a tag.
 */
public final class HtmlDetector {
  /** How much of the input is looked at. */
  private static final int WINDOW = 4096;

  /**
   * The patterns, compiled on first use: every input is checked, and most plain text has no
   * '<' at all, so it never needs them.
   */
  private static final class Patterns {
    static final Pattern PAGE_TAG = Pattern.compile(
        "<(?:!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>]|meta\\s|title>)");
    /** Opening or closing tags of elements that make up page structure and prose markup. */
    static final Pattern TAG = Pattern.compile(
        "</?(?:p|div|span|a|br|h[1-6]|ul|ol|li|table|tr|td|section|article|em|strong|b|i|img"
            + "|blockquote|q|figure|header|footer|nav|main|script|style|link)(?:\\s[^<>]*)?/?>");
  }

  private HtmlDetector() {}

  /** True when {@code text} is most likely HTML. */
  public static boolean looksLikeHtml(String text) {
    String window = text.substring(0, Math.min(text.length(), WINDOW));
    if (window.indexOf('<') < 0) {
      return false; // plain text: not worth lower-casing
    }
    String head = window.toLowerCase(Locale.ROOT);
    int start = 0;
    while (start < head.length() && (Character.isWhitespace(head.charAt(start))
        || head.charAt(start) == '\ufeff')) {
      start++;
    }
    if (start == head.length()) {
      return false;
    }
    Matcher page = Patterns.PAGE_TAG.matcher(head);
    if (page.find() && page.start() < 1024) {
      return true;
    }
    // A fragment: enough tags that markup, not prose, is what the text is made of.
    int tags = 0;
    int tagChars = 0;
    Matcher tag = Patterns.TAG.matcher(head);
    while (tag.find()) {
      tags++;
      tagChars += tag.end() - tag.start();
    }
    return head.charAt(start) == '<' ? tags >= 2 : tags >= 4 && tagChars * 10 >= head.length();
  }
}
