package dev.precis.core.summary;

/** PageRank over a weighted sentence graph, shared by LexRank and TextRank. */
final class Graphs {
  private static final double DAMPING = 0.85;
  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-6;

  private Graphs() {}

  /** Stationary scores of the random walk over {@code weights} (symmetric, zero diagonal). */
  static double[] pageRank(double[][] weights) {
    int n = weights.length;
    double[] outSum = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        outSum[i] += weights[i][j];
      }
    }
    double[] rank = new double[n];
    java.util.Arrays.fill(rank, 1.0 / Math.max(n, 1));
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
        for (int i = 0; i < n; i++) {
          if (weights[i][j] != 0) {
            sum += rank[i] * weights[i][j] / outSum[i];
          }
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
