package dev.precis.core.summary;

import java.util.List;

/**
 * TextRank (Mihalcea and Tarau 2004): PageRank over sentence overlap, the number of shared
 * terms normalised by the log lengths. Quadratic in the number of sentences.
 */
public final class TextRankRanker implements Ranker {
  public static final String NAME = "textrank";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Ranking rank(Article article) {
    TermStatistics stats = new TermStatistics(article);
    int n = article.size();
    double[][] weights = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double lengths = Math.log(stats.distinct[i].length + 1) + Math.log(stats.distinct[j].length + 1);
        double w = lengths == 0 ? 0 : stats.overlap(i, j) / lengths;
        weights[i][j] = w;
        weights[j][i] = w;
      }
    }
    double[] scores = Graphs.pageRank(weights);
    double[][] features = new double[n][1];
    for (int k = 0; k < n; k++) {
      features[k][0] = scores[k];
    }
    return new Ranking(scores, List.of("centrality"), features);
  }
}
