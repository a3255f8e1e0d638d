package dev.precis.core.summary;

import java.util.List;

/**
 * Scores the candidate sentences of an article: higher is more worth keeping. Implementations
 * are thread-safe and deterministic.
 */
public interface Ranker {

  /** The name users pick this ranker by ({@code --method NAME}). */
  String name();

  /**
   * The redundancy weight (maximal marginal relevance, 0..1) this ranker works best with when
   * the user sets none; measured on the development slices.
   */
  default double defaultDiversity() {
    return 0.3;
  }

  /** One score per candidate, with the features behind them for {@code --explain}. */
  Ranking rank(Article article);

  /**
   * The scores of an article's candidates and, per candidate, the named features that
   * produced them ({@code features[k][f]} belongs to {@code featureNames.get(f)}); notes say
   * where a cap on time or memory made the ranking approximate (shown by {@code --explain}).
   */
  record Ranking(double[] scores, List<String> featureNames, double[][] features,
      List<String> notes) {
    public Ranking(double[] scores, List<String> featureNames, double[][] features) {
      this(scores, featureNames, features, List.of());
    }

    /** {@code notes}, each prefixed with the ranker's name. */
    static List<String> notes(String ranker, List<String> notes) {
      return notes.stream().map(note -> ranker + ": " + note).toList();
    }
  }
}
