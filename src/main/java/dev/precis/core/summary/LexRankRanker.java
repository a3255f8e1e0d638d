package dev.precis.core.summary;

import java.util.List;

/**
 * LexRank (Erkan and Radev 2004), continuous variant: PageRank over the tf-idf cosine
 * similarities of the sentences, idf taken from the article's own sentences. Quadratic in
 * the number of sentences.
 */
public final class LexRankRanker implements Ranker {
  public static final String NAME = "lexrank";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Ranking rank(Article article) {
    TermStatistics stats = new TermStatistics(article);
    int n = article.size();
    double[][] weights = new double[n][n];
    double[] degree = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double w = stats.cosine(i, j);
        weights[i][j] = w;
        weights[j][i] = w;
        degree[i] += w;
        degree[j] += w;
      }
    }
    double[] scores = Graphs.pageRank(weights);
    double[][] features = new double[n][2];
    for (int k = 0; k < n; k++) {
      features[k][0] = degree[k];
      features[k][1] = scores[k];
    }
    return new Ranking(scores, List.of("similarity_sum", "centrality"), features);
  }
}
