package dev.precis.core.summary;

import java.util.List;

/**
 * LexRank (Erkan and Radev 2004), continuous variant: PageRank over the tf-idf cosine
 * similarities of the sentences, idf taken from the article's own sentences. The graph is
 * sparse and capped (see {@link Graphs}), so time and memory grow about linearly.
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
    Graphs.Graph graph = Graphs.build(stats, (a, b, dot, shared) -> stats.cosineOfDot(dot, a, b));
    double[] scores = Graphs.pageRank(graph);
    int n = article.size();
    double[][] features = new double[n][2];
    for (int k = 0; k < n; k++) {
      features[k][0] = graph.strength()[k];
      features[k][1] = scores[k];
    }
    return new Ranking(scores, List.of("similarity_sum", "centrality"), features,
        Ranking.notes(NAME, graph.notes()));
  }
}
