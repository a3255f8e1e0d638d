package dev.precis.core.summary;

import java.util.List;

/**
 * Luhn (1958): a word is significant when it recurs in the article; a sentence scores by its
 * densest cluster of significant words (at most {@value #GAP} insignificant terms apart), as
 * significant² / cluster length.
 */
public final class LuhnRanker implements Ranker {
  public static final String NAME = "luhn";
  private static final int GAP = 4;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Ranking rank(Article article) {
    TermStatistics stats = new TermStatistics(article);
    int threshold = Math.max(2, (int) Math.round(Math.log(stats.totalTerms + 1) / 2));
    int n = article.size();
    double[] scores = new double[n];
    double[][] features = new double[n][2];
    for (int k = 0; k < n; k++) {
      int[] terms = article.terms(k);
      double best = 0;
      int significant = 0;
      int clusterStart = -1;
      int clusterCount = 0;
      int lastSignificant = -1;
      for (int i = 0; i < terms.length; i++) {
        if (stats.frequency[terms[i]] < threshold) {
          continue;
        }
        significant++;
        if (clusterStart < 0 || i - lastSignificant > GAP) {
          clusterStart = i;
          clusterCount = 0;
        }
        clusterCount++;
        lastSignificant = i;
        int length = i - clusterStart + 1;
        best = Math.max(best, (double) clusterCount * clusterCount / length);
      }
      scores[k] = best;
      features[k][0] = significant;
      features[k][1] = best;
    }
    return new Ranking(scores, List.of("significant_words", "cluster_score"), features);
  }
}
