package dev.precis.core.split;

import dev.precis.core.Chars;
import dev.precis.core.Lexicon;
import dev.precis.core.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default splitter: rules for the places where news text puts a full stop, question or
 * exclamation mark that does not end a sentence (abbreviations, initials, numbers, ellipses,
 * list markers, URLs, quotations followed by their attribution), with lexicons from
 * {@code models/}. Where the rules cannot tell (an abbreviation before a capitalised word that
 * is no typical sentence opener), an optional {@link BoundaryOracle} decides.
 */
public final class NewsSentenceSplitter implements SentenceSplitter {
  public static final String NAME = "precis";

  /** Decides an ambiguous candidate boundary; see {@link NewsSentenceSplitter}. */
  public interface BoundaryOracle {
    /** Whether the terminator at index {@code terminator} of {@code paragraph} ends a sentence. */
    boolean isBoundary(String paragraph, int terminator);
  }

  /** Compiled on first use: few paragraphs hold a URL or an e-mail address. */
  private static final class Addresses {
    static final Pattern URL = Pattern.compile(
        "(?i)(?:https?://|ftp://|www\\.)[^\\s\\u00A0\\u2000-\\u200A\\u202F\\u3000\"“”<>]+");
    static final Pattern EMAIL =
        Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
  }
  /** Short lines, none ending in punctuation: a list such as a menu, one item per line. */
  private static final int LIST_LINE_MAX = 50;
  private static final int ATTRIBUTION_WINDOW = 5;

  private final Lexicon abbreviations;
  private final Supplier<Lexicon> starters;
  private final Supplier<Lexicon> cueVerbs;
  private final BoundaryOracle oracle;
  private final String name;

  /**
   * A splitter named {@code name}; {@code oracle} may be null (ambiguous cases stay joined).
   * The sentence starters and cue verbs are fetched when a case first needs them, which much
   * news text never does (no ambiguous abbreviation, no quote ending in '?' or '!').
   */
  public NewsSentenceSplitter(String name, Lexicon abbreviations, Supplier<Lexicon> starters,
      Supplier<Lexicon> cueVerbs, BoundaryOracle oracle) {
    this.name = name;
    this.abbreviations = abbreviations;
    this.starters = starters;
    this.cueVerbs = cueVerbs;
    this.oracle = oracle;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Span> split(String text, Span paragraph) {
    Scan scan = new Scan(text, paragraph);
    if (scan.lineBreaks && scan.isLineList()) {
      scan.endAtLineBreaks();
    } else {
      if (scan.mayHoldList) {
        scan.findListMarkers();
      }
      if (scan.mayHoldRule) {
        scan.findRules();
      }
      scan.findTerminators();
    }
    return SentenceSplitter.piecesBetween(text, paragraph, scan.ends(), scan.ends().length);
  }

  static boolean isTerminator(char c) {
    switch (c) {
      case '.': case '!': case '?': case '…': case '‼': case '⁇': case '⁈': case '⁉':
      case '。': case '！': case '？':
        return true;
      default:
        return false;
    }
  }

  static boolean isCloser(char c) {
    switch (c) {
      case '"': case '”': case '’': case '\'': case '»': case '›': case ')': case ']': case '}':
        return true;
      default:
        return false;
    }
  }

  static boolean isOpener(char c) {
    switch (c) {
      case '"': case '“': case '‘': case '\'': case '«': case '‹': case '(': case '[': case '{':
      case '„': case '‚':
        return true;
      default:
        return false;
    }
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == '»' || c == '›';
  }

  static boolean isRuleChar(char c) {
    return c == '*' || c == '-' || c == '_' || c == '=' || c == '~' || c == '#';
  }

  static boolean isBullet(char c) {
    return c == '•' || c == '⁃' || c == '‣' || c == '◦' || c == '▪' || c == '●';
  }

  /** How an abbreviation before a full stop behaves. */
  private enum Abbreviation { NONE, TITLE, AMBIGUOUS }

  private Abbreviation abbreviation(String token, boolean beforeNumber) {
    // "Tuesday.Mr" (a missing space) is looked up as "Mr"; "U.S" and "e.g" keep their dots.
    int dot = token.lastIndexOf('.');
    String word = dot >= 0 && !isDotted(token) ? token.substring(dot + 1) : token;
    if (word.isEmpty()) {
      return Abbreviation.NONE;
    }
    String tag = abbreviations.tag(word);
    if (tag == null) {
      tag = abbreviations.tag(word.toLowerCase(Locale.ROOT));
    }
    if (tag == null) {
      boolean initial = word.codePointCount(0, word.length()) == 1
          && Character.isLetter(word.codePointAt(0)); // "Jonas E. Smith", "p. 55"
      return initial || isDotted(word) ? Abbreviation.AMBIGUOUS
          : Abbreviation.NONE;
    }
    switch (tag) {
      case "title":
        return Abbreviation.TITLE;
      case "numeric":
        return beforeNumber ? Abbreviation.TITLE : Abbreviation.NONE;
      default:
        return Abbreviation.AMBIGUOUS;
    }
  }

  /**
   * Whether {@code token} is groups of one to three letters joined by full stops, at least
   * two of them ("U.S", "e.g", "Ph.D"): the regex {@code (?:\p{L}{1,3}\.)+\p{L}{1,3}},
   * written out because it is asked at nearly every full stop and compiling it costs start-up.
   */
  static boolean isDotted(String token) {
    int groups = 0;
    int letters = 0;
    for (int i = 0; i < token.length(); ) {
      int c = token.codePointAt(i);
      i += Character.charCount(c);
      if (c == '.' && letters > 0) {
        groups++;
        letters = 0;
      } else if (Character.isLetter(c) && letters < 3) {
        letters++;
      } else {
        return false;
      }
    }
    return groups > 0 && letters > 0;
  }

  /** The state of one paragraph's scan; made per call, so the splitter stays thread-safe. */
  private final class Scan {
    private final String text;
    private final Span paragraph;
    private final int from;
    private final int to;
    /** Offsets (relative to {@code from}) inside URLs and e-mail addresses. */
    private final boolean[] protectedChars;
    /** Offsets of list-marker full stops, which never end a sentence. */
    private final boolean[] markerStops;
    /** Whether the paragraph has a bullet or a token such as "1." or "b)". */
    final boolean mayHoldList;
    final boolean lineBreaks;
    /** Whether the paragraph has a run such as "***" or "-----" (see {@link #findRules}). */
    final boolean mayHoldRule;
    /** Whether the paragraph is pre-tokenised text (see {@link #pretokenisedBoundary}). */
    private final boolean pretokenised;
    /** How far standalone quotes have been counted, and whether one is open there. */
    private int quotesCountedTo;
    private boolean quoteOpen;
    private int[] ends = new int[8];
    private boolean sorted = true;
    private String paragraphText;
    private int count;

    Scan(String text, Span paragraph) {
      this.text = text;
      this.paragraph = paragraph;
      this.from = paragraph.start();
      this.to = paragraph.end();
      this.protectedChars = new boolean[to - from];
      this.markerStops = new boolean[to - from];
      // URL and e-mail patterns, list markers and line lists are costly to look for at every
      // char; one pass over the paragraph tells which of them it can hold at all.
      boolean url = false;
      boolean at = false;
      boolean list = false;
      boolean breaks = false;
      boolean rule = false;
      int detached = 0;
      int attached = 0;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if ((c >= 'a' && c <= 'z') || c == ' ') {
          continue; // most of the text, and none of the marks looked for: skipped early
        }
        if (c == '.' || c == ')') {
          url |= c == '.' && i - 3 >= from && (text.charAt(i - 1) | 0x20) == 'w'
              && (text.charAt(i - 2) | 0x20) == 'w' && (text.charAt(i - 3) | 0x20) == 'w';
          list |= endsShortToken(i);
          if (c == '.') {
            detached += isDetachedMark(i) ? 1 : 0;
            attached += isAttachedMark(i) ? 1 : 0;
          }
        } else {
          if (c == ',') {
            detached += isDetachedMark(i) ? 1 : 0;
            attached += isAttachedMark(i) ? 1 : 0;
          }
          detached += c == '`' && i + 1 < to && text.charAt(i + 1) == '`' ? 1 : 0;
          url |= c == '/' && i > from && text.charAt(i - 1) == ':';
          at |= c == '@';
          list |= isBullet(c);
          breaks |= Chars.isLineBreak(c);
          rule |= isRuleChar(c) && i - 2 >= from && text.charAt(i - 1) == c
              && text.charAt(i - 2) == c;
        }
      }
      this.mayHoldList = list;
      this.lineBreaks = breaks;
      this.mayHoldRule = rule;
      this.pretokenised = detached >= 2 && detached > attached;
      this.quotesCountedTo = from;
      if (url) {
        protect(Addresses.URL);
      }
      if (at) {
        protect(Addresses.EMAIL);
      }
    }

    /** The paragraph's text, cut out once and only if the oracle is asked. */
    private String paragraphText() {
      if (paragraphText == null) {
        paragraphText = paragraph.slice(text);
      }
      return paragraphText;
    }

    /** The sentence ends found, ascending; sorted once here, not at each out-of-order add. */
    /**
     * A full stop or comma written as a token of its own ("great . we", "yes , he"), as
     * tokenised corpora ship text; the dots of a spaced ellipsis (". . .") do not count.
     */
    private boolean isDetachedMark(int i) {
      return i > from && text.charAt(i - 1) == ' ' && (i + 1 == to || text.charAt(i + 1) == ' ')
          && (i - 2 < from || text.charAt(i - 2) != '.')
          && (i + 2 >= to || text.charAt(i + 2) != '.');
    }

    /** A full stop or comma after a letter or digit, before a space: as edited text has it. */
    private boolean isAttachedMark(int i) {
      return i > from && Character.isLetterOrDigit(text.charAt(i - 1))
          && (i + 1 == to || Chars.isSpace(text.charAt(i + 1)));
    }

    int[] ends() {
      if (!sorted) {
        java.util.Arrays.sort(ends, 0, count);
        sorted = true;
      }
      return java.util.Arrays.copyOf(ends, count);
    }

    private void addEnd(int end) {
      if (count == ends.length) {
        ends = java.util.Arrays.copyOf(ends, count * 2);
      }
      ends[count++] = end;
      sorted &= count < 2 || ends[count - 2] <= end;
    }

    private void protect(Pattern pattern) {
      Matcher m = pattern.matcher(text).region(from, to);
      while (m.find()) {
        int end = m.end();
        while (end > m.start() && (isTerminator(text.charAt(end - 1))
            || isCloser(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
          end--;
        }
        for (int i = m.start(); i < end; i++) {
          protectedChars[i - from] = true;
        }
      }
    }

    // ---- rules ---------------------------------------------------------------------------

    /**
     * A token made only of three or more rule characters ("***", "______", "=====", or four
     * hyphens) separates what stands around it, as a horizontal rule does in e-mail and web
     * text: it is a sentence of its own.
     */
    void findRules() {
      int i = from;
      while (i < to) {
        int end = i;
        while (end < to && !Chars.isSpace(text.charAt(end))) {
          end++;
        }
        // "---" is also written for a dash inside a sentence; four or more hyphens are a rule.
        int least = text.charAt(i) == '-' ? 4 : 3;
        if (end - i >= least && isRule(i, end)) {
          addEnd(i);
          addEnd(end);
        }
        i = Chars.skipSpace(text, end, to);
      }
    }

    private boolean isRule(int start, int end) {
      for (int i = start; i < end; i++) {
        if (!isRuleChar(text.charAt(i)) || text.charAt(i) != text.charAt(start)) {
          return false;
        }
      }
      return true;
    }

    // ---- lists -------------------------------------------------------------------------

    /** Whether the '.' or ')' at {@code i} ends a token of one or two digits or one letter. */
    private boolean endsShortToken(int i) {
      int start = i;
      while (start > from && start > i - 3 && Character.isLetterOrDigit(text.charAt(start - 1))) {
        start--;
      }
      int length = i - start;
      boolean tokenStart = start == from || !Character.isLetterOrDigit(text.charAt(start - 1));
      return tokenStart && (length == 1
          || (length == 2 && Character.isDigit(text.charAt(start)) && Character.isDigit(text.charAt(i - 1)))
          || (length == 0 && i > from && text.charAt(i - 1) == '.'));
    }

    boolean isLineList() {
      int lines = 0;
      int lineStart = from;
      while (lineStart < to) {
        int lineEnd = lineStart;
        while (lineEnd < to && !Chars.isLineBreak(text.charAt(lineEnd))) {
          lineEnd++;
        }
        int last = Chars.trimEnd(text, lineStart, lineEnd);
        if (last > lineStart) {
          char end = text.charAt(last - 1);
          if (last - lineStart > LIST_LINE_MAX || isTerminator(end) || isCloser(end)
              || end == ':' || end == ';' || end == ',') {
            return false;
          }
          lines++;
        }
        lineStart = lineEnd + 1;
      }
      return lines >= 3;
    }

    void endAtLineBreaks() {
      for (int i = from; i < to; i++) {
        if (Chars.isLineBreak(text.charAt(i))) {
          addEnd(i);
        }
      }
    }

    /** A list marker ("1.", "2.)", "b)", "• 9.") starting at a token start, or null. */
    private int[] markerAt(int i) {
      int j = i;
      int digits = 0;
      int value;
      int kind;
      while (j < to && j - i < 3 && Character.isDigit(text.charAt(j))) {
        j++;
        digits++;
      }
      if (digits > 0 && digits <= 2) {
        value = Integer.parseInt(text.substring(i, j));
        kind = 0;
      } else if (digits == 0 && j < to && isAsciiLetter(text.charAt(j))) {
        value = Character.toLowerCase(text.charAt(j)) - 'a' + 1;
        kind = Character.isUpperCase(text.charAt(j)) ? 1 : 2;
        j++;
      } else {
        return null;
      }
      int delimiterStart = j;
      if (j < to && text.charAt(j) == '.') {
        j++;
      }
      if (j < to && text.charAt(j) == ')') {
        j++;
      }
      int style = j - delimiterStart == 2 ? 3 : j - delimiterStart == 0 ? -1
          : text.charAt(delimiterStart) == '.' ? 1 : 2;
      if (style < 0 || j >= to || !Chars.isSpace(text.charAt(j))) {
        return null;
      }
      return new int[] {kind, value, style, delimiterStart};
    }

    private boolean isAsciiLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Numbered or lettered items run together in one paragraph ("1. The first item 2. The
     * second item") and bulleted items: each item after the first starts a new sentence.
     * Each chain follows, from a first item, the next marker of the same kind and style with
     * the next value; markers are indexed by those three, so a chain step is a binary search
     * and a marker already in a chain ends the walk (its continuation is already marked):
     * the scan stays near-linear on text made of nothing but markers ("1. 1. 1. ...").
     */
    void findListMarkers() {
      List<int[]> markers = new ArrayList<>();
      List<Integer> starts = new ArrayList<>();
      Map<Long, List<Integer>> byKey = new HashMap<>();
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        boolean tokenStart = i == from || Chars.isSpace(text.charAt(i - 1))
            || isBullet(text.charAt(i - 1));
        if (!tokenStart || protectedChars[i - from]) {
          continue;
        }
        if (isBullet(c) && i > from) {
          addEnd(i);
        }
        int[] marker = markerAt(i);
        if (marker != null) {
          byKey.computeIfAbsent(key(marker[0], marker[1], marker[2]), k -> new ArrayList<>())
              .add(markers.size());
          markers.add(marker);
          starts.add(i);
        }
      }
      boolean[] used = new boolean[markers.size()];
      for (int a = 0; a < markers.size(); a++) {
        int bulletBefore = Chars.trimEnd(text, from, starts.get(a)) - 1;
        boolean canStart = starts.get(a) == from || markers.get(a)[1] == 1
            || (bulletBefore >= from && isBullet(text.charAt(bulletBefore)));
        if (used[a] || !canStart) {
          continue;
        }
        int[] previous = markers.get(a);
        int b = nextInChain(byKey, previous, a);
        while (b >= 0) {
          int[] marker = markers.get(b);
          markStop(previous);
          markStop(marker);
          if (used[b]) {
            break;
          }
          used[b] = true;
          int bullet = Chars.trimEnd(text, from, starts.get(b)) - 1;
          addEnd(bullet >= from && isBullet(text.charAt(bullet)) ? bullet : starts.get(b));
          previous = marker;
          b = nextInChain(byKey, previous, b);
        }
      }
    }

    private static long key(int kind, int value, int style) {
      return ((long) kind << 40) | ((long) style << 32) | value;
    }

    /** The first marker after index {@code after} that continues {@code marker}, or -1. */
    private static int nextInChain(Map<Long, List<Integer>> byKey, int[] marker, int after) {
      List<Integer> candidates = byKey.get(key(marker[0], marker[1] + 1, marker[2]));
      if (candidates == null) {
        return -1;
      }
      int position = Collections.binarySearch(candidates, after + 1);
      int insertion = position >= 0 ? position : -position - 1;
      return insertion < candidates.size() ? candidates.get(insertion) : -1;
    }

    private void markStop(int[] marker) {
      markerStops[marker[3] - from] = true;
    }

    // ---- terminators -------------------------------------------------------------------

    void findTerminators() {
      int i = from;
      while (i < to) {
        char c = text.charAt(i);
        boolean plain = (c >= 'a' && c <= 'z') || c == ' ';
        if (plain || !isTerminator(c) || protectedChars[i - from] || markerStops[i - from]) {
          i++;
          continue;
        }
        i = decideRun(i);
      }
    }

    /** Reads the run of terminators and closers at {@code start}; returns where to go on. */
    private int decideRun(int start) {
      int j = start;
      int dots = 0;
      int others = 0;
      boolean spaced = false;
      while (j < to) {
        char c = text.charAt(j);
        if (c == '.' || c == '…') {
          dots += c == '.' ? 1 : 3;
          j++;
        } else if (isTerminator(c)) {
          others++;
          j++;
        } else if (c == ' ' && dots > 0 && others == 0 && j + 1 < to
            && text.charAt(j + 1) == '.') {
          spaced = true;
          j++;
        } else {
          break;
        }
      }
      int closersStart = j;
      while (j < to && (isCloser(text.charAt(j)) || isTerminator(text.charAt(j)))) {
        j++;
      }
      int runEnd = j;
      if (runEnd >= to) {
        return runEnd;
      }
      Run run = new Run(start, closersStart, runEnd, dots, others, spaced);
      if (!Chars.isSpace(text.charAt(runEnd))) {
        if (isJoinedSentence(run)) {
          addEnd(runEnd);
        }
        return runEnd;
      }
      int next = Chars.skipSpace(text, runEnd, to);
      int boundary = boundaryOf(run, next);
      if (boundary >= 0) {
        addEnd(boundary);
      }
      return Math.max(runEnd, start + 1);
    }

    /** "world.Today", "1,000.That": a full stop with the space after it missing. */
    private boolean isJoinedSentence(Run run) {
      if (run.closersStart != run.start + 1 || run.end != run.closersStart
          || text.charAt(run.start) != '.' || run.end + 1 >= to) {
        return false;
      }
      char next = text.charAt(run.end);
      char afterNext = text.charAt(run.end + 1);
      if (!Character.isUpperCase(next) || !Character.isLowerCase(afterNext)) {
        return false;
      }
      String word = wordBefore(run.start);
      if (word.length() < 2 || word.indexOf('.') >= 0) {
        return false;
      }
      char last = word.charAt(word.length() - 1);
      return (Character.isLowerCase(last) || Character.isDigit(last))
          && abbreviation(word, false) == Abbreviation.NONE;
    }

    /** The sentence end this run makes before the token at {@code next}, or -1 for none. */
    private int boundaryOf(Run run, int next) {
      if (pretokenised && run.start > from && text.charAt(run.start - 1) == ' '
          && run.closersStart == run.end) {
        return pretokenisedBoundary(run, next);
      }
      boolean upper = startsSentence(next);
      if (run.dots >= 3 || run.spaced) {
        return ellipsisBoundary(run, next, upper);
      }
      if (!upper) {
        return startsLowerCase(next) && isUnmarkedEnd(run) && askOracle(run) ? run.end : -1;
      }
      if (run.others > 0 && run.dots == 0) {
        return isAttribution(run, next) ? -1 : run.end;
      }
      if (run.others > 0 || hasQuoteOrBracket(run)) {
        return run.others > 0 && isAttribution(run, next) ? -1 : run.end;
      }
      String word = wordBefore(run.start);
      String nextWord = wordAt(next);
      boolean beforeNumber = !nextWord.isEmpty() && Character.isDigit(nextWord.charAt(0));
      switch (abbreviation(word, beforeNumber)) {
        case TITLE:
          return -1;
        case AMBIGUOUS:
          if (starters.get().contains(nextWord) || isOpener(text.charAt(next))) {
            return run.end;
          }
          return -1;
        default:
          return run.end;
      }
    }

    /**
     * A sentence end before a lower-case word is common in informal text ("it's great. i
     * loved it") and rare in edited text, where it mostly follows an abbreviation. When no
     * quote, bracket or known abbreviation explains the mark, the model decides.
     */
    private boolean isUnmarkedEnd(Run run) {
      if (run.closersStart != run.end) {
        return false;
      }
      if (run.others > 0) {
        return true;
      }
      String word = wordBefore(run.start);
      int end = word.length();
      while (end > 0 && isCloser(word.charAt(end - 1))) {
        end--; // 'he said "the kids egg him on". maybe ...'
      }
      return end >= 2 && Character.isLetterOrDigit(word.charAt(end - 1))
          && abbreviation(word.substring(0, end), false) == Abbreviation.NONE;
    }

    private boolean askOracle(Run run) {
      return oracle != null && oracle.isBoundary(paragraphText(), run.closersStart - 1 - from);
    }

    private boolean startsLowerCase(int i) {
      return i < to && Character.isLowerCase(text.codePointAt(i));
    }

    /**
     * A terminator written as a token of its own in pre-tokenised text ("it 's great . we
     * loved it", "`` why ? '' he asked"), where case may be gone: it ends the sentence,
     * together with the closing quotes and brackets that follow it as tokens, unless it is an
     * ellipsis, follows a title ("gov . nathan deal") or a number abbreviation before a
     * number ("no . 1"), or is a question or exclamation whose quote runs on into its
     * attribution. After other abbreviations ("st . sharon") the model decides.
     */
    private int pretokenisedBoundary(Run run, int next) {
      if (run.dots >= 2) {
        return -1; // an ellipsis: without case, nothing tells a pause from an end
      }
      int end = run.end;
      int j = next;
      while (j < to) {
        int tokenEnd = tokenEnd(j);
        if (!closesQuoteOrBracket(j, tokenEnd)) {
          break;
        }
        end = tokenEnd;
        j = Chars.skipSpace(text, tokenEnd, to);
      }
      if (run.others > 0) {
        return end > run.end && cueVerbFollows(j) ? -1 : end;
      }
      String word = tokenBefore(run.start);
      boolean beforeNumber = j < to && Character.isDigit(text.charAt(j));
      switch (word.isEmpty() ? Abbreviation.NONE : abbreviation(word, beforeNumber)) {
        case TITLE:
          return -1;
        case AMBIGUOUS:
          return askOracle(run) ? end : -1;
        default:
          return end;
      }
    }

    private int tokenEnd(int i) {
      int end = i;
      while (end < to && !Chars.isSpace(text.charAt(end))) {
        end++;
      }
      return end;
    }

    /** The token before the spaces before {@code i}. */
    private String tokenBefore(int i) {
      int end = Chars.trimEnd(text, from, i);
      int start = end;
      while (start > from && !Chars.isSpace(text.charAt(start - 1))) {
        start--;
      }
      return text.substring(start, end);
    }

    private boolean closesQuoteOrBracket(int start, int end) {
      String token = text.substring(start, end);
      switch (token) {
        case "''": case "’": case "”": case "»": case ")": case "]": case "}":
        case "-rrb-": case "-rsb-": case "-rcb-": case "-RRB-": case "-RSB-": case "-RCB-":
          return true;
        case "'": case "\"":
          return isQuoteOpenAt(start);
        default:
          return false;
      }
    }

    /**
     * Whether a straight quote written as a token ("' we are done . ' he said") is open at
     * {@code i}: such quotes alternate, opening and closing, through the paragraph. Counted
     * incrementally, as the scan only moves forward.
     */
    private boolean isQuoteOpenAt(int i) {
      for (; quotesCountedTo < i; quotesCountedTo++) {
        char c = text.charAt(quotesCountedTo);
        if ((c == '\'' || c == '"') && (quotesCountedTo == from
            || text.charAt(quotesCountedTo - 1) == ' ')
            && (quotesCountedTo + 1 == to || text.charAt(quotesCountedTo + 1) == ' ')) {
          quoteOpen = !quoteOpen;
        }
      }
      return quoteOpen;
    }

    private int ellipsisBoundary(Run run, int next, boolean upper) {
      boolean inBrackets = run.start > from && text.charAt(run.start - 1) == '['
          && text.charAt(run.closersStart < to ? run.closersStart : to - 1) == ']';
      if (!upper || inBrackets || isAttribution(run, next)) {
        return -1;
      }
      boolean attached = run.start > from && !Chars.isSpace(text.charAt(run.start - 1));
      if (run.spaced && attached && run.dots >= 4) {
        return run.start + 1; // "compounds. . . . The": the full stop ends it, ". . ." opens the next
      }
      if (run.dots == 3 && (run.spaced || !attached)) {
        return -1; // a free-standing ". . ." or "..." marks an omission or pause
      }
      return run.end;
    }

    private boolean hasQuoteOrBracket(Run run) {
      for (int i = run.closersStart; i < run.end; i++) {
        if (isCloser(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /**
     * "“Why?” Smith asked.": a closing quote after a question or exclamation mark, followed
     * within a few words by a verb of saying, keeps the attribution in the quote's sentence.
     */
    private boolean isAttribution(Run run, int next) {
      boolean quoted = false;
      for (int i = run.closersStart; i < run.end; i++) {
        quoted |= isQuote(text.charAt(i));
      }
      if (!quoted) {
        return false;
      }
      return cueVerbFollows(next);
    }

    /** Whether a verb of saying comes within a few words of {@code next}, in one clause. */
    private boolean cueVerbFollows(int next) {
      int i = next;
      for (int words = 0; words < ATTRIBUTION_WINDOW && i < to; words++) {
        int end = i;
        while (end < to && !Chars.isSpace(text.charAt(end))) {
          end++;
        }
        String token = text.substring(i, end);
        String bare = stripPunctuation(token);
        if (cueVerbs.get().contains(bare.toLowerCase(Locale.ROOT))) {
          return true;
        }
        if (!bare.equals(token) && endsClause(token)) {
          return false;
        }
        i = Chars.skipSpace(text, end, to);
      }
      return false;
    }

    private boolean endsClause(String token) {
      char last = token.charAt(token.length() - 1);
      return isTerminator(last) || last == ',' || last == ';' || last == ':';
    }

    /** Whether the token at {@code i} can open a sentence: not lower case, not punctuation. */
    private boolean startsSentence(int i) {
      int j = i;
      while (j < to && (isOpener(text.charAt(j)) || text.charAt(j) == '¿' || text.charAt(j) == '¡')) {
        j++;
      }
      if (j >= to) {
        return false;
      }
      int c = text.codePointAt(j);
      if (Character.isLetter(c)) {
        return !Character.isLowerCase(c);
      }
      // Symbols open lines of informal text ("- Posted by", "*** Bush", "+ there is");
      // punctuation that continues a sentence does not.
      return j > i ? c == '.' || !isContinuation(c) : !isContinuation(c);
    }

    private boolean isContinuation(int c) {
      return c == ',' || c == ';' || c == ':' || c == '.' || c == '%' || c == '’' || c == '\''
          || isCloser((char) c) || isTerminator((char) c);
    }

    /** The token before {@code end}, without leading brackets or quotes. */
    private String wordBefore(int end) {
      int i = end;
      while (i > from && !Chars.isSpace(text.charAt(i - 1))) {
        i--;
      }
      while (i < end && isOpener(text.charAt(i))) {
        i++;
      }
      return text.substring(i, end);
    }

    /** The letters and digits that open the token at {@code i}, after any opening marks. */
    private String wordAt(int i) {
      int j = i;
      while (j < to && isOpener(text.charAt(j))) {
        j++;
      }
      int end = j;
      while (end < to && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '\'')) {
        end++;
      }
      return text.substring(j, end);
    }
  }

  private static String stripPunctuation(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
      end--;
    }
    return token.substring(start, end);
  }

  /** A run of terminators ({@code [start, closersStart)}) and closing marks up to {@code end}. */
  private record Run(int start, int closersStart, int end, int dots, int others, boolean spaced) {}
}
