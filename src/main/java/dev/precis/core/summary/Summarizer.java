package dev.precis.core.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns a ranking into a summary: maximal marginal relevance picks sentence after sentence
 * (score traded against similarity to what is already chosen), within the length limit.
 * Only story sentences of at least the minimum length are candidates (never a heading, a
 * byline or a scrap to fill a budget); near-copies of a chosen sentence are never taken. A
 * sentence that opens by referring back (He, This, But, ...) to a story sentence not chosen
 * loses {@link #PENALTY}, so a close rival is preferred. (Adding the sentence it refers to
 * instead, when the length allows, was measured and cost ROUGE on both dev slices: it spends
 * the length on a lower-ranked sentence.)
 */
public final class Summarizer {
  /** Cosine above which two sentences say the same thing whatever the diversity setting. */
  static final double DUPLICATE = 0.9;
  /**
   * What a sentence that refers back to an unchosen one loses in the choice (relevance is
   * 0..1): enough that a close rival is preferred, not so much that a clearly better sentence
   * is lost. Measured on the dev slices with {@code precis eval summaries}: 0.05 left 2.0% /
   * 4.3% of chosen sentences dangling on CNN/DM / CNN Corpus, 0.1 0.7% / 2.3%, and 0.2 cost
   * 0.4 ROUGE-1 on the CNN Corpus.
   */
  static final double PENALTY = 0.1;

  private Summarizer() {}

  public static Summary summarize(Article article, Ranker ranker, SummaryOptions options) {
    Ranker.Ranking ranking = ranker.rank(article);
    return new Selection(article, ranking, options).run(ranker.name());
  }

  /** The state of one selection: what is chosen so far and why others were not. */
  private static final class Selection {
    final Article article;
    final Ranker.Ranking ranking;
    final SummaryOptions options;
    final int n;
    final double[] relevance;
    final TermStatistics stats;
    final String[] notes;
    final boolean[] eligible;
    final int[] antecedent;
    final String[] opener;
    final boolean[] used;
    final double[] maxSimilarity;
    final List<Integer> chosen = new ArrayList<>();
    final int maxSentences;
    final int budget;
    /** Under a word budget, how deep in the ranking a sentence may be and still be taken. */
    final int depth;
    final int[] ranks;
    int words;

    Selection(Article article, Ranker.Ranking ranking, SummaryOptions options) {
      this.article = article;
      this.ranking = ranking;
      this.options = options;
      n = article.size();
      relevance = normalise(ranking.scores());
      stats = new TermStatistics(article);
      notes = new String[n];
      eligible = new boolean[n];
      antecedent = new int[n];
      opener = new String[n];
      used = new boolean[n];
      maxSimilarity = new double[n];
      maxSentences = options.length().maxSentences(n);
      budget = options.length().maxWords();
      ranks = Summarizer.ranks(ranking.scores());
      int previousStory = -1;
      for (int k = 0; k < n; k++) {
        eligible[k] = eligibility(k);
        antecedent[k] = -1;
        if (article.kind(k).isStory()) {
          if (options.coherent() && previousStory >= 0) {
            opener[k] = Openers.referringOpener(article.text(k));
            antecedent[k] = opener[k] == null ? -1 : previousStory;
          }
          previousStory = k;
        }
      }
      depth = depth();
    }

    /**
     * A word budget is filled from the top of the ranking, not from its tail: only the best
     * {@code 2 * budget / mean sentence length} sentences (at least 3) may be taken, so what
     * the best ones leave is not spent on short, low-ranked lines. Sentence counts need no
     * such limit.
     */
    private int depth() {
      if (budget == Integer.MAX_VALUE) {
        return n;
      }
      long total = 0;
      int count = 0;
      for (int k = 0; k < n; k++) {
        if (eligible[k]) {
          total += article.words(k);
          count++;
        }
      }
      double mean = count == 0 ? 1 : Math.max(1.0, (double) total / count);
      return (int) Math.max(3, Math.ceil(2 * budget / mean));
    }

    private boolean eligibility(int k) {
      if (!article.kind(k).isStory()) {
        notes[k] = "skipped: " + article.kind(k).label() + ", not a sentence of the story";
        return false;
      }
      if (article.words(k) == 0 || article.words(k) < options.minWords()) {
        notes[k] = "skipped: under " + options.minWords() + " words";
        return false;
      }
      return true;
    }

    Summary run(String method) {
      while (chosen.size() < maxSentences) {
        int best = best();
        if (best < 0) {
          break;
        }
        if (!resolved(best)) {
          notes[best] = "chosen though it opens with \"" + opener[best] + "\": sentence "
              + (article.sentenceIndex(antecedent[best]) + 1) + ", which it refers back to, "
              + "is not chosen";
        }
        take(best);
      }
      for (int k = 0; k < n; k++) {
        if (!used[k] && eligible[k] && ranks[k] > depth && words + article.words(k) <= budget) {
          notes[k] = "not taken: ranked " + ranks[k] + ", below the best " + depth
              + " that may fill a " + budget + "-word budget";
        } else if (!used[k] && eligible[k] && !resolved(k)) {
          notes[k] = "ranked lower: opens with \"" + opener[k] + "\" and refers back to sentence "
              + (article.sentenceIndex(antecedent[k]) + 1) + ", which is not chosen";
        }
      }
      if (options.order() == SummaryOptions.Order.ORIGINAL) {
        chosen.sort(Comparator.naturalOrder());
      }
      return new Summary(article, method, ranking, ranks, List.copyOf(chosen),
          options, notes);
    }

    /** The best candidate by maximal marginal relevance that fits alone, or -1. */
    private int best() {
      double lambda = options.diversity();
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < n; k++) {
        if (used[k] || !eligible[k] || ranks[k] > depth || words + article.words(k) > budget
            || maxSimilarity[k] >= DUPLICATE) {
          continue;
        }
        double value = (1 - lambda) * relevance[k] - lambda * maxSimilarity[k];
        if (!resolved(k)) {
          value -= PENALTY;
        }
        if (value > bestValue) {
          bestValue = value;
          best = k;
        }
      }
      return best;
    }

    private boolean resolved(int k) {
      return antecedent[k] < 0 || used[antecedent[k]];
    }

    private void take(int k) {
      used[k] = true;
      chosen.add(k);
      words += article.words(k);
      for (int j = 0; j < n; j++) {
        if (!used[j]) {
          maxSimilarity[j] = Math.max(maxSimilarity[j], stats.cosine(j, k));
        }
      }
    }
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
