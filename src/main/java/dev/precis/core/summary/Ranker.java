package dev.precis.core.summary;

import java.util.List;

/**
 * Scores the candidate sentences of an article: higher is more worth keeping. Implementations
 * are thread-safe and deterministic.
 */
public interface Ranker {

  /** The name users pick this ranker by ({@code --method NAME}). */
  String name();

  /** One score per candidate, with the features behind them for {@code --explain}. */
  Ranking rank(Article article);

  /**
   * The scores of an article's candidates and, per candidate, the named features that
   * produced them ({@code features[k][f]} belongs to {@code featureNames.get(f)}).
   */
  record Ranking(double[] scores, List<String> featureNames, double[][] features) {}
}
