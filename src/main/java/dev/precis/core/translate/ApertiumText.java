package dev.precis.core.translate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text protocol precis speaks with Apertium (local or APy) and the repairs its
 * output needs. Segments travel as paragraphs separated by blank lines: Apertium keeps blank
 * lines and treats each as a sentence end, so N segments come back as N paragraphs and no
 * word moves from one segment to the next (with single line breaks, a headline without a
 * full stop takes words of the following line).
 */
final class ApertiumText {
  private static final Pattern SEPARATOR = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
  /** An unknown-word mark: '*' (unknown), '#' (no generation), '@' (no transfer). */
  private static final Pattern MARK = Pattern.compile("(?<![\\p{L}\\p{N}*#@])[*#@](?=[\\p{L}\\p{N}])");
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*[\\n\\r\\u2028\\u2029\\u0085]\\s*");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  /** An opening quote (at the start or after a space or bracket) and its first letter. */
  /** An opening quote and its first letter (group 1); where one may start, see {@link #quotationStarts}. */
  private static final Pattern QUOTATION_START = Pattern.compile("[\"“«'‘] ?(\\p{L})");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]{2,}");
  private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile(" +(?=[,.;:!?)\\]}»”’](?:\\s|$|[,.;:!?\"”’»)]))");
  private static final Pattern SPACE_AFTER_OPEN = Pattern.compile("(?<=[(\\[{«“‘]) +");
  private static final Pattern OPENING_STRAIGHT_QUOTE_SPACE = Pattern.compile("^([\"']) +");
  /**
   * A run of capitalised words (group 1) and the word after it (group 2, absent at the end),
   * as found at a sentence start by {@link #sentenceStarts}. The quantifiers are possessive:
   * giving back a word never helps (group 2 is optional), and a greedy repeated group costs
   * a stack frame per word, which overflowed on a thousand capitalised words or URLs in a row.
   */
  private static final Pattern SENTENCE_START_RUN = Pattern.compile(
      "[\"'“‘«(]?((?:\\p{Lu}[\\p{L}\\p{N}'’.-]*+)(?: \\p{Lu}[\\p{L}\\p{N}'’.-]*+)*+)(?: (\\p{L}++))?");

  private ApertiumText() {}

  /** The batch Apertium reads: segments on one line each, separated by blank lines. */
  static String join(List<String> segments) {
    StringBuilder out = new StringBuilder();
    for (String s : segments) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(straighten(oneLine(s)));
    }
    return out.append('\n').toString();
  }

  /** Whether {@code s} holds any of {@code chars}: most paragraphs need no repair of a kind. */
  private static boolean hasAny(String s, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (s.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A line that separates paragraphs: empty or only spaces, tabs, no-break spaces. */
  static boolean isBlankLine(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /** The translations of a batch, or null when the paragraph count did not survive. */
  static List<String> split(String output, int expected) {
    String trimmed = output.strip();
    List<String> parts = new ArrayList<>();
    if (!trimmed.isEmpty()) {
      for (String p : SEPARATOR.split(trimmed, -1)) {
        parts.add(p);
      }
    }
    return parts.size() == expected ? parts : null;
  }

  /**
   * Repairs one translation of {@code source}: removes unknown-word marks (unless kept),
   * joins broken lines, tidies white space, puts back the source's curly quotes and its
   * initial capital.
   */
  static String finish(String source, String translation, boolean markUnknown) {
    String t = oneLine(translation);
    if (!markUnknown && hasAny(t, "*#@")) {
      t = MARK.matcher(t).replaceAll("");
    }
    t = SPACES.matcher(t).replaceAll(" ");
    t = SPACE_BEFORE_PUNCT.matcher(t).replaceAll("");
    if (hasAny(t, "([{«“‘")) {
      t = SPACE_AFTER_OPEN.matcher(t).replaceAll("");
    }
    t = t.strip();
    t = restoreQuotes(source, t);
    t = SPACE_AFTER_OPEN.matcher(t).replaceAll("");
    t = OPENING_STRAIGHT_QUOTE_SPACE.matcher(t).replaceAll("$1");
    t = lowerCaseAfterLeadingName(source, t);
    t = capitaliseQuotationStarts(source, t);
    return capitaliseLike(source, t);
  }

  /**
   * A quotation starts as in the source: with a capital where the source has one (Apertium
   * writes {@code dijo: " hemos} for {@code said: "We've}) and with no space after the
   * opening quote. Quotations are matched by their order, only when both have as many.
   */
  static String capitaliseQuotationStarts(String source, String t) {
    List<MatchResult> inSource = quotationStarts(source);
    List<MatchResult> inTranslation = quotationStarts(t);
    if (inSource.isEmpty() || inSource.size() != inTranslation.size()) {
      return t;
    }
    StringBuilder out = new StringBuilder(t.length());
    int copied = 0;
    for (int k = 0; k < inTranslation.size(); k++) {
      MatchResult m = inTranslation.get(k);
      String letter = m.group(1);
      if (Character.isUpperCase(inSource.get(k).group(1).codePointAt(0))) {
        letter = letter.toUpperCase(java.util.Locale.ROOT);
      }
      out.append(t, copied, m.start()).append(t.charAt(m.start())).append(letter);
      copied = m.end();
    }
    return out.append(t.substring(copied)).toString();
  }

  /**
   * When a sentence starts with a name Apertium does not know ("Tokayev spoke"), it
   * capitalises the next word instead ("Tokayev Habló"); such a word goes back to lower case
   * when the source sentence has the same capitalised start followed by a lower-case word.
   */
  static String lowerCaseAfterLeadingName(String source, String t) {
    Set<String> sourceStarts = new HashSet<>();
    for (MatchResult s : sentenceStarts(source)) {
      if (s.group(2) != null && Character.isLowerCase(s.group(2).charAt(0))) {
        sourceStarts.add(s.group(1));
      }
    }
    if (sourceStarts.isEmpty()) {
      return t;
    }
    StringBuilder out = new StringBuilder(t.length());
    int copied = 0;
    for (MatchResult m : sentenceStarts(t)) {
      String run = m.group(1);
      int lastSpace = run.lastIndexOf(' ');
      String added = run.substring(lastSpace + 1);
      if (lastSpace > 0 && sourceStarts.contains(run.substring(0, lastSpace))
          && !source.contains(added)) {
        int at = m.start(1) + lastSpace + 1;
        out.append(t, copied, at).append(Character.toLowerCase(t.charAt(at)));
        copied = at + 1;
      }
    }
    return out.append(t, copied, t.length()).toString();
  }

  /**
   * The runs of capitalised words that start a sentence of {@code s}: at the text's start or
   * after a stop, an optional closing quote or bracket and one to three spaces. The places are
   * found by a scan and the run is matched there: one regex with that look-behind, tried at
   * every character, took a fifth of a long translation's repairs.
   */
  static List<MatchResult> sentenceStarts(String s) {
    List<MatchResult> found = new ArrayList<>();
    Matcher m = SENTENCE_START_RUN.matcher(s);
    int from = 0;
    for (int p = 0; p < s.length(); p++) {
      if (p >= from && mayStartRun(s, p) && afterSentenceEnd(s, p)
          && m.region(p, s.length()).lookingAt()) {
        found.add(m.toMatchResult());
        from = m.end();
      }
    }
    return found;
  }

  /** An upper-case letter, or an opening quote or bracket before one, at {@code p}. */
  private static boolean mayStartRun(String s, int p) {
    int q = "\"'“‘«(".indexOf(s.charAt(p)) >= 0 ? p + 1 : p;
    return q < s.length() && Character.getType(s.codePointAt(q)) == Character.UPPERCASE_LETTER;
  }

  /** Whether {@code p} is the text's start or follows [.!?], maybe a closer, 1-3 spaces. */
  private static boolean afterSentenceEnd(String s, int p) {
    if (p == 0) {
      return true;
    }
    int j = p - 1;
    while (j >= 0 && p - j <= 3 && isSentenceSpace(s.charAt(j))) {
      j--;
    }
    if (j == p - 1 || j < 0 || isSentenceSpace(s.charAt(j))) {
      return false;
    }
    char c = s.charAt(j);
    return ".!?".indexOf(c) >= 0 || "\"'”’»)".indexOf(c) >= 0 && j > 0 && ".!?".indexOf(s.charAt(j - 1)) >= 0;
  }

  /** A regex {@code \\s} or a no-break space. */
  private static boolean isSentenceSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '\u00A0';
  }

  /**
   * The opening quotes of {@code s} with their first letter (group 1): a quote at the start
   * or after a space or an opening bracket, maybe a space, then a letter.
   */
  static List<MatchResult> quotationStarts(String s) {
    List<MatchResult> found = new ArrayList<>();
    Matcher m = QUOTATION_START.matcher(s);
    int from = 0;
    for (int p = 0; p < s.length(); p++) {
      if (p >= from && "\"“«'‘".indexOf(s.charAt(p)) >= 0
          && (p == 0 || isRegexSpace(s.charAt(p - 1)) || s.charAt(p - 1) == '(' || s.charAt(p - 1) == '[')
          && m.region(p, s.length()).lookingAt()) {
        found.add(m.toMatchResult());
        from = m.end();
      }
    }
    return found;
  }

  private static boolean isRegexSpace(char c) {
    return c != '\u00A0' && isSentenceSpace(c);
  }

  static String oneLine(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        return LINE_BREAK.matcher(s).replaceAll(" ");
      }
    }
    return s;
  }

  /**
   * Curly quotes become straight before translation: Apertium handles {@code "} and
   * {@code '} well but sometimes turns a closing curly quote into {@code '}.
   */
  static String straighten(String s) {
    return s.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"')
        .replace('\u2018', '\'').replace('\u2019', '\'');
  }

  /** Curly quotes back where the source had them; straight ones stay straight. */
  static String restoreQuotes(String source, String t) {
    boolean curlyDouble = source.indexOf('\u201C') >= 0 || source.indexOf('\u201D') >= 0;
    boolean curlySingle = source.indexOf('\u2018') >= 0 || source.indexOf('\u2019') >= 0;
    if (!curlyDouble && !curlySingle) {
      return t;
    }
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean opening = i == 0 || isOpeningContext(t.charAt(i - 1));
      if (c == '"' && curlyDouble) {
        out.append(opening ? '\u201C' : '\u201D');
      } else if (c == '\'' && curlySingle) {
        out.append(opening ? '\u2018' : '\u2019');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isOpeningContext(char before) {
    return Character.isWhitespace(before) || "([{«—–-/\u201C\u2018".indexOf(before) >= 0;
  }

  /** Apertium sometimes loses the capital of a sentence-initial word it moved or dropped. */
  static String capitaliseLike(String source, String t) {
    int s = firstLetter(source);
    int i = firstLetter(t);
    if (s < 0 || i < 0 || !Character.isUpperCase(source.codePointAt(s))
        || !Character.isLowerCase(t.codePointAt(i))) {
      return t;
    }
    int cp = t.codePointAt(i);
    return t.substring(0, i) + new String(Character.toChars(Character.toUpperCase(cp)))
        + t.substring(i + Character.charCount(cp));
  }

  private static int firstLetter(String s) {
    Matcher m = LETTER.matcher(s);
    if (!m.find()) {
      return -1;
    }
    // only when the text starts with the letter, perhaps after quotes or brackets
    String before = s.substring(0, m.start());
    return before.chars().allMatch(c -> "\"'“‘«([¿¡ ".indexOf(c) >= 0) ? m.start() : -1;
  }
}
