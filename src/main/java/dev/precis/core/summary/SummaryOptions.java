package dev.precis.core.summary;

/**
 * How to pick sentences from a ranking: the length limit, the redundancy weight of maximal
 * marginal relevance (0 = pure score, 1 = pure novelty) and the output order.
 */
public record SummaryOptions(LengthLimit length, double diversity, Order order) {
  /** Output order of the chosen sentences. */
  public enum Order { ORIGINAL, RANK }

  public SummaryOptions {
    if (!(diversity >= 0 && diversity <= 1)) {
      throw new IllegalArgumentException("diversity must be in [0, 1]: " + diversity);
    }
  }

  public static SummaryOptions sentences(int n) {
    return new SummaryOptions(LengthLimit.sentences(n), 0, Order.ORIGINAL);
  }
}
