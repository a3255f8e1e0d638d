package dev.precis.core.summary;

/**
 * How long a summary may be, the way a user thinks of it: a number of sentences, a word
 * budget that is never exceeded (whole sentences only), or a fraction of the sentences.
 */
public record LengthLimit(Unit unit, double value) implements java.io.Serializable {
  /** What {@link #value} counts. */
  public enum Unit { SENTENCES, WORDS, RATIO }

  public LengthLimit {
    if (value < 0 || (unit == Unit.RATIO && value > 1) || Double.isNaN(value)) {
      throw new IllegalArgumentException("bad length " + value + " for " + unit);
    }
  }

  public static LengthLimit sentences(int n) {
    return new LengthLimit(Unit.SENTENCES, n);
  }

  public static LengthLimit words(int n) {
    return new LengthLimit(Unit.WORDS, n);
  }

  public static LengthLimit ratio(double r) {
    return new LengthLimit(Unit.RATIO, r);
  }

  /** The most sentences this limit allows in an article of {@code candidates} sentences. */
  int maxSentences(int candidates) {
    switch (unit) {
      case SENTENCES:
        return (int) Math.min(value, candidates);
      case RATIO:
        return value == 0 ? 0 : (int) Math.min(candidates, Math.max(1, Math.round(value * candidates)));
      default:
        return candidates;
    }
  }

  /** The word budget, or no limit for the sentence-counting units. */
  int maxWords() {
    return unit == Unit.WORDS ? (int) value : Integer.MAX_VALUE;
  }
}
