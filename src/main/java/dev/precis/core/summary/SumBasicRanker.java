package dev.precis.core.summary;

import java.util.List;
import java.util.PriorityQueue;

/**
 * SumBasic (Nenkova and Vanderwende 2005): repeatedly take the sentence with the highest mean
 * term probability, then square the probabilities of its terms so their repeats count less.
 * The order of taking is the ranking (the first taken scores 1). The sentences wait in a
 * priority queue rather than being scanned every round, so the time is about n log n.
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
    // Squaring only lowers probabilities, so a mean computed earlier is an upper bound: the
    // best sentence is the first one off the queue whose mean, computed again, is unchanged.
    // A term's probability reaches 0 after at most 64 squarings, which bounds the repeats.
    PriorityQueue<Candidate> queue = new PriorityQueue<>(Math.max(n, 1));
    for (int k = 0; k < n; k++) {
      queue.add(new Candidate(k, mean(article.terms(k), probability)));
    }
    int round = 0;
    while (round < n) {
      Candidate top = queue.poll();
      double mean = mean(article.terms(top.sentence()), probability);
      if (mean != top.mean()) {
        queue.add(new Candidate(top.sentence(), mean));
        continue;
      }
      int best = top.sentence();
      scores[best] = 1.0 - (double) round / n;
      features[best][0] = mean;
      features[best][1] = round + 1;
      for (int t : stats.distinct[best]) {
        probability[t] = probability[t] * probability[t];
      }
      round++;
    }
    return new Ranking(scores, List.of("mean_probability", "taken_in_round"), features);
  }

  /** A sentence and its mean term probability when last computed: highest first, then earliest. */
  private record Candidate(int sentence, double mean) implements Comparable<Candidate> {
    @Override
    public int compareTo(Candidate other) {
      return mean != other.mean ? Double.compare(other.mean, mean)
          : Integer.compare(sentence, other.sentence);
    }
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
