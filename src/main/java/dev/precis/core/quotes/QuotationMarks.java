package dev.precis.core.quotes;

import dev.precis.core.Chars;
import dev.precis.core.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Pairs quotation marks: straight and curly double quotes, single quotes (as outer quotes or
 * nested), and guillemets. A mark opens when it is followed by a non-space and preceded by a
 * space or an opening bracket, closes in the mirror case; a single mark between letters
 * (don’t, Kazakhstan’s) or before a two-digit year (’90s) is an apostrophe. Only outermost
 * quotes are returned; nested ones are part of them.
 *
 * <p>A quote still open at the end of its paragraph continues when the next paragraph opens
 * with a quotation mark (news style for multi-paragraph quotes); otherwise it is reported as
 * unclosed and ends with its paragraph.
 */
public final class QuotationMarks {
  private static final Set<String> ELISIONS = Set.of("em", "n", "til", "tis", "twas", "cause");

  private QuotationMarks() {}

  /**
   * An outermost quotation.
   *
   * @param open offset of the opening mark
   * @param end one past the closing mark, or the end of the last paragraph when unclosed
   * @param parts the trimmed text inside the marks, one per paragraph
   * @param unclosed whether the closing mark is missing
   */
  public record Region(int open, int end, List<Span> parts, boolean unclosed) {
    /** From the first part's start to the last part's end. */
    public Span inner() {
      return new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
    }
  }

  private enum Role { OPEN, CLOSE, EITHER, NONE }

  private record Mark(boolean isDouble, int offset) {}

  public static List<Region> find(String text, List<Span> paragraphs) {
    List<Region> result = new ArrayList<>();
    Mark carried = null; // an outer double quote still open at the end of the previous paragraph
    List<Span> parts = new ArrayList<>(); // the finished parts of the open outer quote
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      Deque<Mark> stack = new ArrayDeque<>();
      int from = para.start();
      int partStart = -1;
      if (carried != null) {
        stack.push(carried); // this paragraph opens with a mark: the quote goes on after it
        from = para.start() + 1;
        partStart = from;
      } else {
        parts.clear();
      }
      for (int i = from; i < para.end(); i++) {
        char c = text.charAt(i);
        if (!isQuoteChar(c) && c != '`') {
          continue;
        }
        int width = doubledWidth(text, para, i);
        Role role;
        boolean isDouble;
        if (width == 2) {
          // AP ’’ / ‘‘ and PTB `` … '' : two single marks written for one double mark
          isDouble = true;
          role = doubledRole(text, para, i);
        } else if (c == '`') {
          continue;
        } else {
          isDouble = isDoubleChar(c);
          role = role(text, para, i, c);
        }
        if (role == Role.NONE) {
          continue;
        }
        Mark openOfType = topOfType(stack, isDouble);
        if (role == Role.EITHER) {
          role = openOfType != null ? Role.CLOSE : Role.OPEN;
        }
        if (role == Role.OPEN) {
          if (isDouble && openOfType != null && stack.size() == 1 && (c == '“' || c == '«')) {
            // A new opening mark while the outer quote is open: the earlier one was never closed.
            close(text, stack.pop(), parts, partStart, i, true, result);
          }
          if (stack.isEmpty()) {
            partStart = i + width;
          }
          stack.push(new Mark(isDouble, i));
          i += width - 1;
        } else if (openOfType != null) {
          while (stack.peek() != openOfType) {
            stack.pop(); // a nested single mark left open was an apostrophe
          }
          stack.pop();
          if (stack.isEmpty()) {
            close(text, openOfType, parts, partStart, i, false, result);
          }
          i += width - 1;
        }
      }
      carried = null;
      Mark outer = stack.peekLast();
      if (outer != null && outer.isDouble()) {
        // News style repeats the same opening mark; a paragraph opening with another kind of
        // mark starts a new quote (a stray straight mark does not swallow a curly quote).
        boolean nextOpens = p + 1 < paragraphs.size()
            && isOpeningDouble(text.charAt(paragraphs.get(p + 1).start()))
            && (text.charAt(paragraphs.get(p + 1).start()) == '"')
                == (text.charAt(outer.offset()) == '"');
        if (nextOpens) {
          parts.add(Chars.trim(text, partStart, para.end()));
          carried = outer;
        } else {
          close(text, outer, parts, partStart, para.end(), true, result);
        }
      }
    }
    return result;
  }

  private static void close(String text, Mark open, List<Span> parts, int partStart,
      int closeAt, boolean unclosed, List<Region> result) {
    List<Span> all = new ArrayList<>(parts);
    parts.clear();
    all.add(Chars.trim(text, Math.min(partStart, closeAt), closeAt));
    all.removeIf(Span::isEmpty);
    if (all.isEmpty()) {
      return;
    }
    int end = unclosed ? all.get(all.size() - 1).end()
        : closeAt + (closeAt + 1 < text.length() && isDoubledPair(text, closeAt) ? 2 : 1);
    result.add(new Region(open.offset(), end, all, unclosed));
  }

  /** 2 when a double mark is written as two single ones at {@code i}, else 1. */
  private static int doubledWidth(String text, Span para, int i) {
    return i + 1 < para.end() && isDoubledPair(text, i) ? 2 : 1;
  }

  private static boolean isDoubledPair(String text, int i) {
    char a = text.charAt(i);
    return a == text.charAt(i + 1) && (a == '`' || a == '\'' || a == '‘' || a == '’');
  }

  private static Role doubledRole(String text, Span para, int i) {
    char c = text.charAt(i);
    if (c == '`' || c == '‘') {
      return Role.OPEN;
    }
    char prev = i > para.start() ? text.charAt(i - 1) : ' ';
    char next = i + 2 < para.end() ? text.charAt(i + 2) : ' ';
    boolean canOpen = !Chars.isSpace(next) && (Chars.isSpace(prev) || isOpener(prev));
    boolean canClose = !Chars.isSpace(prev) && (Chars.isSpace(next) || isCloser(next));
    if (c == '’') {
      return canOpen && !canClose ? Role.EITHER : Role.CLOSE;
    }
    return canOpen == canClose ? Role.EITHER : canOpen ? Role.OPEN : Role.CLOSE;
  }

  private static Mark topOfType(Deque<Mark> stack, boolean isDouble) {
    for (Mark m : stack) {
      if (m.isDouble() == isDouble) {
        return m;
      }
    }
    return null;
  }

  static boolean isQuoteChar(char c) {
    return isDoubleChar(c) || c == '\'' || c == '‘' || c == '’' || c == '‹' || c == '›';
  }

  private static boolean isDoubleChar(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
  }

  private static boolean isOpeningDouble(char c) {
    return c == '"' || c == '“' || c == '«' || c == '„';
  }

  private static Role role(String text, Span para, int i, char c) {
    char prev = i > para.start() ? text.charAt(i - 1) : ' ';
    char next = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
    boolean canOpen = !Chars.isSpace(next) && (Chars.isSpace(prev) || isOpener(prev));
    boolean canClose = !Chars.isSpace(prev) && (Chars.isSpace(next) || isCloser(next));
    switch (c) {
      case '“':
        // A left mark after a word and before a space closes (a typing slip: “… 51 percent.“).
        return canClose && !canOpen ? Role.EITHER : Role.OPEN;
      case '„': case '«': case '‹':
        return Role.OPEN;
      case '»': case '›':
        return Role.CLOSE;
      case '”':
        return canOpen && !canClose ? Role.EITHER : Role.CLOSE;
      case '"':
        return canOpen == canClose ? Role.EITHER : canOpen ? Role.OPEN : Role.CLOSE;
      default:
        return singleRole(text, para, i, c, prev, next, canOpen, canClose);
    }
  }

  private static Role singleRole(String text, Span para, int i, char c, char prev, char next,
      boolean canOpen, boolean canClose) {
    if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
      return Role.NONE; // don’t, Kazakhstan’s, rock’n’roll
    }
    if (canOpen && !canClose) {
      if (Character.isDigit(next)) {
        return Role.NONE; // ’90s, '08
      }
      int wordEnd = i + 1;
      while (wordEnd < para.end() && Character.isLetter(text.charAt(wordEnd))) {
        wordEnd++;
      }
      String word = text.substring(i + 1, wordEnd).toLowerCase(java.util.Locale.ROOT);
      if (ELISIONS.contains(word) || c == '’') {
        return Role.NONE; // 'em, ’til; a right mark before a word is an elision
      }
      return Role.OPEN;
    }
    if (canClose && !canOpen) {
      return Role.CLOSE; // only closes when a single quote is open; else a plural possessive
    }
    return Role.NONE;
  }

  private static boolean isOpener(char c) {
    return "([{—–-/:".indexOf(c) >= 0 || isQuoteChar(c);
  }

  private static boolean isCloser(char c) {
    return ".,;:!?)]}—–-/…".indexOf(c) >= 0 || isQuoteChar(c);
  }
}
