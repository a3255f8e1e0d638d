package dev.precis.core.summary;

import java.util.List;

/**
 * TextRank (Mihalcea and Tarau 2004): PageRank over sentence overlap, the number of shared
 * terms normalised by the log lengths. The graph is sparse and capped (see {@link Graphs}),
 * so time and memory grow about linearly.
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
    Graphs.Graph graph = Graphs.build(stats, (a, b, dot, shared) -> {
      double lengths = Math.log(stats.distinct[a].length + 1) + Math.log(stats.distinct[b].length + 1);
      return lengths == 0 ? 0 : shared / lengths;
    });
    double[] scores = Graphs.pageRank(graph);
    int n = article.size();
    double[][] features = new double[n][1];
    for (int k = 0; k < n; k++) {
      features[k][0] = scores[k];
    }
    return new Ranking(scores, List.of("centrality"), features, Ranking.notes(NAME, graph.notes()));
  }
}
