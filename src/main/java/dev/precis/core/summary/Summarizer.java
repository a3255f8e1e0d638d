package dev.precis.core.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns a ranking into a summary: maximal marginal relevance picks sentence after sentence
 * (score traded against similarity to what is already chosen), within the length limit.
 * Sentences without words and near-copies of a chosen sentence are never taken.
 */
public final class Summarizer {
  /** Cosine above which two sentences say the same thing whatever the diversity setting. */
  static final double DUPLICATE = 0.9;

  private Summarizer() {}

  public static Summary summarize(Article article, Ranker ranker, SummaryOptions options) {
    Ranker.Ranking ranking = ranker.rank(article);
    int n = article.size();
    double[] relevance = normalise(ranking.scores());
    TermStatistics stats = new TermStatistics(article);
    int maxSentences = options.length().maxSentences(n);
    int budget = options.length().maxWords();
    List<Integer> chosen = new ArrayList<>();
    double[] maxSimilarity = new double[n];
    boolean[] used = new boolean[n];
    int words = 0;
    double lambda = options.diversity();
    while (chosen.size() < maxSentences) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < n; k++) {
        if (used[k] || article.words(k) == 0 || words + article.words(k) > budget
            || maxSimilarity[k] >= DUPLICATE) {
          continue;
        }
        double value = (1 - lambda) * relevance[k] - lambda * maxSimilarity[k];
        if (value > bestValue) {
          bestValue = value;
          best = k;
        }
      }
      if (best < 0) {
        break;
      }
      used[best] = true;
      chosen.add(best);
      words += article.words(best);
      for (int k = 0; k < n; k++) {
        if (!used[k]) {
          maxSimilarity[k] = Math.max(maxSimilarity[k], stats.cosine(k, best));
        }
      }
    }
    if (options.order() == SummaryOptions.Order.ORIGINAL) {
      chosen.sort(Comparator.naturalOrder());
    }
    return new Summary(article, ranker.name(), ranking, ranks(ranking.scores()), List.copyOf(chosen),
        options);
  }

  /** Rank of each candidate by score, 1 for the best, ties broken by position. */
  static int[] ranks(double[] scores) {
    Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
        : Integer.compare(a, b));
    int[] ranks = new int[scores.length];
    for (int r = 0; r < order.length; r++) {
      ranks[order[r]] = r + 1;
    }
    return ranks;
  }

  private static double[] normalise(double[] scores) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    double[] result = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      result[i] = max > min ? (scores[i] - min) / (max - min) : 1.0;
    }
    return result;
  }
}
