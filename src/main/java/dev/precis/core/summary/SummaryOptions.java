package dev.precis.core.summary;

/**
 * How to pick sentences from a ranking: the length limit, the redundancy weight of maximal
 * marginal relevance (0 = pure score, 1 = pure novelty), the output order, the fewest words
 * a chosen sentence may have, and whether a sentence that refers back (He, This, But, ...)
 * must come with the sentence it refers to.
 */
public record SummaryOptions(LengthLimit length, double diversity, Order order, int minWords,
    boolean coherent) {
  /** Output order of the chosen sentences. */
  public enum Order { ORIGINAL, RANK }

  /**
   * Sentences shorter than this are never chosen: on the web pages of the extraction dev set
   * nearly all of them are labels, scraps and credits; see README, "Measured".
   */
  public static final int DEFAULT_MIN_WORDS = 5;

  public SummaryOptions {
    if (!(diversity >= 0 && diversity <= 1)) {
      throw new IllegalArgumentException("diversity must be in [0, 1]: " + diversity);
    }
    if (minWords < 0) {
      throw new IllegalArgumentException("minWords must be 0 or more: " + minWords);
    }
  }

  /** The default floor and coherence. */
  public SummaryOptions(LengthLimit length, double diversity, Order order) {
    this(length, diversity, order, DEFAULT_MIN_WORDS, true);
  }

  public static SummaryOptions sentences(int n) {
    return new SummaryOptions(LengthLimit.sentences(n), 0, Order.ORIGINAL);
  }
}
