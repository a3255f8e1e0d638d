package dev.precis.core.quotes;

import dev.precis.core.Span;

/**
 * A sentence's tokens (as spans into the article text) with their universal POS tags. Lemmas
 * are filled in only where a stage asked for them (null elsewhere).
 */
public record TaggedSentence(Span sentence, Span[] tokens, String[] words, String[] tags,
    String[] lemmas) {
  /** The tag of a token that stands for a whole quotation. */
  public static final String QUOTE = "QUOTE";
  /** The tag of a token the tagger was not asked about (the tail of a long sentence). */
  public static final String UNTAGGED = "X";

  public int size() {
    return tokens.length;
  }

  public boolean is(int i, String tag) {
    return i >= 0 && i < tags.length && tags[i].equals(tag);
  }

  /** The lower-case word at {@code i}, or "" outside the sentence. */
  public String lower(int i) {
    return i >= 0 && i < words.length ? words[i].toLowerCase(java.util.Locale.ROOT) : "";
  }

  /** The index of the first token starting at or after {@code offset}, or {@link #size()}. */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.length;
    while (lo < hi) { // tokens are in text order: a binary search keeps long sentences linear
      int mid = (lo + hi) >>> 1;
      if (tokens[mid].start() >= offset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The index of the last token ending at or before {@code offset}, or -1. */
  public int tokenEndingBy(int offset) {
    int lo = 0;
    int hi = tokens.length;
    while (lo < hi) { // the first token ending after offset
      int mid = (lo + hi) >>> 1;
      if (tokens[mid].end() > offset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo - 1;
  }
}
