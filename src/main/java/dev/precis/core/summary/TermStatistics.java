package dev.precis.core.summary;

import java.util.Arrays;

/**
 * Counts over one article's candidate sentences that several rankers need: how often each
 * term occurs, in how many sentences, its inverse sentence frequency, and each sentence's
 * distinct terms with counts. Built in time linear in the article's length.
 */
final class TermStatistics {
  final int sentences;
  final int[] frequency;
  final int[] sentenceFrequency;
  final double[] idf;
  final int totalTerms;
  private final double documentNormSquared;
  /** Per sentence, its distinct term ids in ascending order, and the matching counts. */
  final int[][] distinct;
  final int[][] counts;
  /** Per sentence, the length of its tf-idf vector: cosine is called for many pairs. */
  private final double[] norms;

  TermStatistics(Article article) {
    sentences = article.size();
    int v = article.vocabularySize();
    frequency = new int[v];
    sentenceFrequency = new int[v];
    distinct = new int[sentences][];
    counts = new int[sentences][];
    int total = 0;
    for (int k = 0; k < sentences; k++) {
      int[] sorted = article.terms(k).clone();
      Arrays.sort(sorted);
      int unique = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          unique++;
        }
      }
      distinct[k] = new int[unique];
      counts[k] = new int[unique];
      int u = -1;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          distinct[k][++u] = sorted[i];
          sentenceFrequency[sorted[i]]++;
        }
        counts[k][u]++;
        frequency[sorted[i]]++;
      }
      total += sorted.length;
    }
    totalTerms = total;
    idf = new double[v];
    double normSquared = 0;
    for (int t = 0; t < v; t++) {
      idf[t] = Math.log((sentences + 1.0) / (sentenceFrequency[t] + 0.5));
      double w = frequency[t] * idf[t];
      normSquared += w * w;
    }
    documentNormSquared = normSquared;
    norms = new double[sentences];
    for (int k = 0; k < sentences; k++) {
      norms[k] = norm(k);
    }
  }

  /**
   * Per term, the sentences holding it in ascending order with the term's count in each:
   * the inverted index that finds a sentence's neighbours without trying every pair.
   */
  Postings postings() {
    int v = sentenceFrequency.length;
    int[][] holders = new int[v][];
    int[][] holderCounts = new int[v][];
    for (int t = 0; t < v; t++) {
      holders[t] = new int[sentenceFrequency[t]];
      holderCounts[t] = new int[sentenceFrequency[t]];
    }
    int[] filled = new int[v];
    for (int k = 0; k < sentences; k++) {
      for (int i = 0; i < distinct[k].length; i++) {
        int t = distinct[k][i];
        holders[t][filled[t]] = k;
        holderCounts[t][filled[t]++] = counts[k][i];
      }
    }
    return new Postings(holders, holderCounts);
  }

  /** See {@link #postings()}: {@code sentences[t][i]} holds term t {@code counts[t][i]} times. */
  record Postings(int[][] sentences, int[][] counts) {}

  /**
   * The cosine of sentences {@code a} and {@code b} given the dot product of their tf-idf
   * vectors ({@link #cosine} computes it by the same sums when every shared term is counted).
   */
  double cosineOfDot(double dot, int a, int b) {
    double norm = norms[a] * norms[b];
    return norm == 0 ? 0 : dot / norm;
  }

  /** Cosine of the tf-idf vectors of sentences {@code a} and {@code b}. */
  double cosine(int a, int b) {
    double dot = 0;
    int i = 0;
    int j = 0;
    int[] ta = distinct[a];
    int[] tb = distinct[b];
    while (i < ta.length && j < tb.length) {
      if (ta[i] == tb[j]) {
        double w = idf[ta[i]];
        dot += counts[a][i] * counts[b][j] * w * w;
        i++;
        j++;
      } else if (ta[i] < tb[j]) {
        i++;
      } else {
        j++;
      }
    }
    double norm = norms[a] * norms[b];
    return norm == 0 ? 0 : dot / norm;
  }

  private double norm(int k) {
    double sum = 0;
    for (int i = 0; i < distinct[k].length; i++) {
      double w = counts[k][i] * idf[distinct[k][i]];
      sum += w * w;
    }
    return Math.sqrt(sum);
  }

  /** Number of distinct terms two sentences share. */
  int overlap(int a, int b) {
    int shared = 0;
    int i = 0;
    int j = 0;
    int[] ta = distinct[a];
    int[] tb = distinct[b];
    while (i < ta.length && j < tb.length) {
      if (ta[i] == tb[j]) {
        shared++;
        i++;
        j++;
      } else if (ta[i] < tb[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /**
   * Cosine between sentence {@code k} and the rest of the article (the centroid without the
   * sentence itself, so a long sentence is not central merely by containing itself).
   */
  double centroidSimilarity(int k) {
    double dot = 0;
    double sentenceNorm = 0;
    for (int i = 0; i < distinct[k].length; i++) {
      int t = distinct[k][i];
      double w = idf[t] * idf[t];
      dot += counts[k][i] * (frequency[t] - counts[k][i]) * w;
      sentenceNorm += counts[k][i] * counts[k][i] * w;
    }
    double rest = restNorm(k);
    return sentenceNorm == 0 || rest == 0 ? 0 : dot / (Math.sqrt(sentenceNorm) * rest);
  }

  private double restNorm(int k) {
    double sum = documentNormSquared;
    for (int i = 0; i < distinct[k].length; i++) {
      int t = distinct[k][i];
      double full = frequency[t] * idf[t];
      double without = (frequency[t] - counts[k][i]) * idf[t];
      sum += without * without - full * full;
    }
    return Math.sqrt(Math.max(sum, 0));
  }
}
