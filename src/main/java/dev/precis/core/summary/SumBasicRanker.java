package dev.precis.core.summary;

import java.util.List;

/**
 * SumBasic (Nenkova and Vanderwende 2005): repeatedly take the sentence with the highest mean
 * term probability, then square the probabilities of its terms so their repeats count less.
 * The order of taking is the ranking (the first taken scores 1).
 */
public final class SumBasicRanker implements Ranker {
  public static final String NAME = "sumbasic";

  @Override
  public String name() {
    return NAME;
  }

  /** SumBasic discounts repeated words itself. */
  @Override
  public double defaultDiversity() {
    return 0;
  }

  @Override
  public Ranking rank(Article article) {
    TermStatistics stats = new TermStatistics(article);
    int n = article.size();
    double[] probability = new double[stats.frequency.length];
    for (int t = 0; t < probability.length; t++) {
      probability[t] = stats.totalTerms == 0 ? 0 : (double) stats.frequency[t] / stats.totalTerms;
    }
    double[] scores = new double[n];
    double[][] features = new double[n][2];
    boolean[] taken = new boolean[n];
    for (int round = 0; round < n; round++) {
      int best = -1;
      double bestMean = -1;
      for (int k = 0; k < n; k++) {
        if (taken[k]) {
          continue;
        }
        double mean = mean(article.terms(k), probability);
        if (mean > bestMean) {
          bestMean = mean;
          best = k;
        }
      }
      taken[best] = true;
      scores[best] = 1.0 - (double) round / n;
      features[best][0] = bestMean;
      features[best][1] = round + 1;
      for (int t : stats.distinct[best]) {
        probability[t] = probability[t] * probability[t];
      }
    }
    return new Ranking(scores, List.of("mean_probability", "taken_in_round"), features);
  }

  private static double mean(int[] terms, double[] probability) {
    if (terms.length == 0) {
      return 0;
    }
    double sum = 0;
    for (int t : terms) {
      sum += probability[t];
    }
    return sum / terms.length;
  }
}
