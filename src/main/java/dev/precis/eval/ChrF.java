package dev.precis.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus chrF as sacreBLEU computes it by default (chrF2): character n-grams of order 1–6
 * with white space removed, no word n-grams, β = 2; n-gram statistics summed over the corpus,
 * then precision and recall averaged over the orders that have any statistics.
 */
public final class ChrF {
  private static final int ORDER = 6;
  private static final double BETA = 2;

  private ChrF() {}

  /** The corpus score, 0–100, of {@code hypotheses} against one reference each. */
  public static double corpus(List<String> hypotheses, List<String> references) {
    if (hypotheses.size() != references.size()) {
      throw new IllegalArgumentException(hypotheses.size() + " hypotheses, "
          + references.size() + " references");
    }
    // per order: matches, hypothesis n-grams, reference n-grams
    long[][] stats = new long[ORDER][3];
    for (int i = 0; i < hypotheses.size(); i++) {
      String hyp = removeWhitespace(hypotheses.get(i));
      String ref = removeWhitespace(references.get(i));
      for (int n = 1; n <= ORDER; n++) {
        Map<String, Integer> h = ngrams(hyp, n);
        Map<String, Integer> r = ngrams(ref, n);
        long matches = 0;
        for (Map.Entry<String, Integer> e : h.entrySet()) {
          matches += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        stats[n - 1][0] += matches;
        stats[n - 1][1] += total(h);
        stats[n - 1][2] += total(r);
      }
    }
    return 100 * fScore(stats);
  }

  /** sacreBLEU's {@code _compute_f_score}: averages over orders with hypothesis and reference n-grams. */
  private static double fScore(long[][] stats) {
    double precision = 0;
    double recall = 0;
    int effectiveOrder = 0;
    for (long[] s : stats) {
      if (s[1] > 0 && s[2] > 0) {
        precision += (double) s[0] / s[1];
        recall += (double) s[0] / s[2];
        effectiveOrder++;
      }
    }
    if (effectiveOrder == 0) {
      return 0;
    }
    precision /= effectiveOrder;
    recall /= effectiveOrder;
    if (precision + recall == 0) {
      return 0;
    }
    double b2 = BETA * BETA;
    return (1 + b2) * precision * recall / (b2 * precision + recall);
  }

  /** Python's {@code str.split()} white space, which sacreBLEU removes. */
  static String removeWhitespace(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Character n-grams by code point, as Python slices a str. */
  private static Map<String, Integer> ngrams(String s, int n) {
    int[] cps = s.codePoints().toArray();
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= cps.length; i++) {
      counts.merge(new String(cps, i, n), 1, Integer::sum);
    }
    return counts;
  }

  private static long total(Map<String, Integer> counts) {
    long t = 0;
    for (int c : counts.values()) {
      t += c;
    }
    return t;
  }
}
