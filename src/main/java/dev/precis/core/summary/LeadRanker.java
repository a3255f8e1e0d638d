package dev.precis.core.summary;

import java.util.List;

/** The news baseline: the earlier the sentence, the higher its score. */
public final class LeadRanker implements Ranker {
  public static final String NAME = "lead";

  @Override
  public String name() {
    return NAME;
  }

  /** The baseline is the article's first sentences, as they are. */
  @Override
  public double defaultDiversity() {
    return 0;
  }

  @Override
  public Ranking rank(Article article) {
    int n = article.size();
    double[] scores = new double[n];
    double[][] features = new double[n][1];
    for (int k = 0; k < n; k++) {
      scores[k] = 1.0 / (k + 1);
      features[k][0] = k + 1;
    }
    return new Ranking(scores, List.of("position"), features);
  }
}
