package dev.precis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction metric of the Zyte Article Extraction Benchmark ({@code evaluate.py},
 * restated in {@code shared/data/html/SOURCE.md}): texts become runs of letters, digits and
 * underscores; their 4-token shingles are compared as multisets; precision and recall are
 * averaged over pages, and F1 is taken from the two averages.
 */
public final class ExtractEvaluation {
  /** Python's {@code \w} on str: alphanumeric characters and the underscore. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int SHINGLE = 4;

  private ExtractEvaluation() {}

  /** The tokens of {@code text}, case kept. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** The multiset of 4-token shingles; a text of 1 to 3 tokens is one shingle of them all. */
  public static Map<String, Integer> shingles(List<String> tokens) {
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    if (tokens.size() < SHINGLE) {
      counts.put(String.join(" ", tokens), 1);
      return counts;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      counts.merge(String.join(" ", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return counts;
  }

  /** One page's shingle counts and whether its token sequence equals the gold one. */
  public record PageScore(int truePositives, int falsePositives, int falseNegatives,
      boolean exact) {
    public boolean predictedAny() {
      return truePositives + falsePositives > 0;
    }

    public boolean goldAny() {
      return truePositives + falseNegatives > 0;
    }

    /** tp / (tp + fp); 1 when nothing is wrong either way, 0 when nothing was predicted. */
    public double precision() {
      if (falsePositives == 0 && falseNegatives == 0) {
        return 1;
      }
      return predictedAny() ? (double) truePositives / (truePositives + falsePositives) : 0;
    }

    /** tp / (tp + fn); 1 when nothing is wrong either way. */
    public double recall() {
      if (falsePositives == 0 && falseNegatives == 0) {
        return 1;
      }
      return goldAny() ? (double) truePositives / (truePositives + falseNegatives) : 0;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Scores one page's predicted text against its gold article body. */
  public static PageScore score(String gold, String predicted) {
    List<String> goldTokens = tokens(gold);
    List<String> predictedTokens = tokens(predicted);
    Map<String, Integer> g = shingles(goldTokens);
    Map<String, Integer> p = shingles(predictedTokens);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      int inGold = g.getOrDefault(e.getKey(), 0);
      tp += Math.min(inGold, e.getValue());
      fp += Math.max(0, e.getValue() - inGold);
    }
    for (Map.Entry<String, Integer> e : g.entrySet()) {
      fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
    }
    return new PageScore(tp, fp, fn, goldTokens.equals(predictedTokens));
  }

  /** Corpus figures: macro precision and recall, F1 of the two, and exact-match accuracy. */
  public record Summary(int pages, double precision, double recall, double f1,
      double accuracy) {}

  public static Summary summarise(List<PageScore> pages) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    int exact = 0;
    for (PageScore page : pages) {
      if (page.predictedAny()) {
        precisionSum += page.precision();
        precisionPages++;
      }
      if (page.goldAny()) {
        recallSum += page.recall();
        recallPages++;
      }
      exact += page.exact() ? 1 : 0;
    }
    double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double recall = recallPages == 0 ? 0 : recallSum / recallPages;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Summary(pages.size(), precision, recall, f1,
        pages.isEmpty() ? 0 : (double) exact / pages.size());
  }
}
