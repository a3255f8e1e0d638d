package dev.precis.core.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sparse sentence graph LexRank and TextRank walk, and PageRank over it. Only sentences
 * that share a term are joined, found through an inverted index rather than by trying every
 * pair, so time and memory grow with the text, not with the square of its sentence count.
 * Two caps keep that true on any input; neither applies to an ordinary article, where the
 * graph is exactly the complete one (every news article in the development sets has fewer
 * than 105 sentences):
 * <ul>
 *   <li>a term held by more than {@link #MAX_TERM_SENTENCES} sentences joins none of them
 *       (it is a stop word of that document; its weight in the similarity is then lost);
 *   <li>each sentence keeps its {@link #MAX_NEIGHBOURS} strongest edges (an edge stays when
 *       either end keeps it, so the graph stays symmetric).
 * </ul>
 */
final class Graphs {
  static final int MAX_TERM_SENTENCES = 1_000;
  static final int MAX_NEIGHBOURS = 128;
  private static final double DAMPING = 0.85;
  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-6;

  private Graphs() {}

  /** The weight of the edge between two sentences. */
  interface EdgeWeight {
    /**
     * {@code dot}: their tf-idf dot product summed over the shared terms in ascending order;
     * {@code shared}: the number of distinct terms they share. Must be symmetric.
     */
    double weight(int a, int b, double dot, int shared);
  }

  /**
   * A symmetric weighted graph: {@code neighbours[i]} in ascending order with the matching
   * {@code weights[i]}; {@code strength[i]} is the sum of all of i's edge weights before
   * pruning; {@code notes} says which cap applied, empty when none did.
   */
  record Graph(int[][] neighbours, double[][] weights, double[] strength, List<String> notes) {}

  /** The sentence graph of {@code stats} with edges weighted by {@code weight}. */
  static Graph build(TermStatistics stats, EdgeWeight weight) {
    int n = stats.sentences;
    TermStatistics.Postings postings = stats.postings();
    Edges edges = new Edges(n);
    double[] strength = new double[n];
    double[] dot = new double[n];
    int[] shared = new int[n];
    int[] touched = new int[n];
    boolean skippedTerm = false;
    boolean pruned = false;
    for (int i = 0; i < n; i++) {
      int m = 0;
      int[] terms = stats.distinct[i];
      for (int u = 0; u < terms.length; u++) {
        int t = terms[u];
        int[] holders = postings.sentences()[t];
        if (holders.length > MAX_TERM_SENTENCES) {
          skippedTerm = true;
          continue;
        }
        int[] holderCounts = postings.counts()[t];
        int count = stats.counts[i][u];
        double w = stats.idf[t];
        for (int x = 0; x < holders.length; x++) {
          int j = holders[x];
          if (j == i) {
            continue;
          }
          if (shared[j] == 0) {
            touched[m++] = j;
          }
          shared[j]++;
          dot[j] += count * holderCounts[x] * w * w;
        }
      }
      // ascending, so each sum below adds in the order the complete matrix did
      Arrays.sort(touched, 0, m);
      double[] candidateWeights = new double[m];
      for (int c = 0; c < m; c++) {
        int j = touched[c];
        candidateWeights[c] = weight.weight(i, j, dot[j], shared[j]);
        strength[i] += candidateWeights[c];
        dot[j] = 0;
        shared[j] = 0;
      }
      pruned |= keepStrongest(i, touched, candidateWeights, m, edges);
    }
    List<String> notes = new ArrayList<>();
    if (skippedTerm) {
      notes.add(String.format(Locale.ROOT, "terms in more than %,d sentences joined none of them",
          MAX_TERM_SENTENCES));
    }
    if (pruned) {
      notes.add(String.format(Locale.ROOT, "each sentence kept only its %d strongest edges",
          MAX_NEIGHBOURS));
    }
    return edges.graph(strength, List.copyOf(notes));
  }

  /**
   * Adds i's edges, at most {@link #MAX_NEIGHBOURS} of them: the strongest, the earlier
   * sentence first among equals ({@code candidates} ascend); whether some were left out.
   */
  private static boolean keepStrongest(int i, int[] candidates, double[] weights, int m,
      Edges edges) {
    double threshold = 0;
    int aboveThreshold = 0;
    if (m > MAX_NEIGHBOURS) {
      double[] sorted = Arrays.copyOf(weights, m);
      Arrays.sort(sorted);
      threshold = sorted[m - MAX_NEIGHBOURS];
      for (int c = 0; c < m; c++) {
        if (weights[c] > threshold) {
          aboveThreshold++;
        }
      }
    }
    int tiesAllowed = MAX_NEIGHBOURS - aboveThreshold;
    for (int c = 0; c < m; c++) {
      double w = weights[c];
      if (w == 0 || m > MAX_NEIGHBOURS && w < threshold) {
        continue;
      }
      if (m > MAX_NEIGHBOURS && w == threshold && tiesAllowed-- <= 0) {
        continue;
      }
      edges.add(i, candidates[c], w);
    }
    return m > MAX_NEIGHBOURS;
  }

  /** Edges as they are found, each added from both of its ends, then sorted and deduplicated. */
  private static final class Edges {
    private final int[][] to;
    private final double[][] weight;
    private final int[] size;

    Edges(int n) {
      to = new int[n][];
      weight = new double[n][];
      size = new int[n];
    }

    void add(int a, int b, double w) {
      put(a, b, w);
      put(b, a, w);
    }

    private void put(int a, int b, double w) {
      if (to[a] == null) {
        to[a] = new int[4];
        weight[a] = new double[4];
      } else if (size[a] == to[a].length) {
        to[a] = Arrays.copyOf(to[a], size[a] * 2);
        weight[a] = Arrays.copyOf(weight[a], size[a] * 2);
      }
      to[a][size[a]] = b;
      weight[a][size[a]++] = w;
    }

    Graph graph(double[] strength, List<String> notes) {
      int n = size.length;
      int[][] neighbours = new int[n][];
      double[][] weights = new double[n][];
      for (int a = 0; a < n; a++) {
        // sorted by neighbour through one primitive sort of (neighbour, position) pairs
        long[] order = new long[size[a]];
        for (int e = 0; e < size[a]; e++) {
          order[e] = (long) to[a][e] << 32 | e;
        }
        Arrays.sort(order);
        int[] nb = new int[size[a]];
        double[] w = new double[size[a]];
        int unique = 0;
        for (long packed : order) {
          int end = (int) (packed >>> 32);
          if (unique == 0 || nb[unique - 1] != end) {
            nb[unique] = end;
            w[unique++] = weight[a][(int) packed];
          }
        }
        neighbours[a] = Arrays.copyOf(nb, unique);
        weights[a] = Arrays.copyOf(w, unique);
        to[a] = null;
        weight[a] = null;
      }
      return new Graph(neighbours, weights, strength, notes);
    }
  }

  /** Stationary scores of the random walk over {@code graph}. */
  static double[] pageRank(Graph graph) {
    int[][] neighbours = graph.neighbours();
    double[][] weights = graph.weights();
    int n = neighbours.length;
    double[] outSum = new double[n];
    for (int i = 0; i < n; i++) {
      for (double w : weights[i]) {
        outSum[i] += w;
      }
    }
    double[] rank = new double[n];
    Arrays.fill(rank, 1.0 / Math.max(n, 1));
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] next = new double[n];
      double dangling = 0;
      for (int i = 0; i < n; i++) {
        if (outSum[i] == 0) {
          dangling += rank[i];
        }
      }
      double change = 0;
      for (int j = 0; j < n; j++) {
        double sum = 0;
        // the graph is symmetric: j's neighbours are the sentences linking to it
        for (int e = 0; e < neighbours[j].length; e++) {
          int i = neighbours[j][e];
          sum += rank[i] * weights[j][e] / outSum[i];
        }
        next[j] = (1 - DAMPING) / n + DAMPING * (sum + dangling / n);
        change += Math.abs(next[j] - rank[j]);
      }
      rank = next;
      if (change < TOLERANCE) {
        break;
      }
    }
    return rank;
  }
}
