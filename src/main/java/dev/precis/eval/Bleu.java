package dev.precis.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Corpus BLEU with sacreBLEU's defaults: the 13a tokenizer (mteval-v13a), n-grams up to 4,
 * one reference, exponential smoothing (as in sacreBLEU, which smooths only orders with no
 * matches) and the brevity penalty.
 */
public final class Bleu {
  private static final int ORDER = 4;
  private static final Pattern SKIPPED = Pattern.compile("<skipped>");
  private static final Pattern PUNCT = Pattern.compile("([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])");
  private static final Pattern PERIOD_COMMA_BEFORE = Pattern.compile("([^0-9])([\\.,])");
  private static final Pattern PERIOD_COMMA_AFTER = Pattern.compile("([\\.,])([^0-9])");
  private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");

  private Bleu() {}

  /** The corpus score, 0–100. */
  public static double corpus(List<String> hypotheses, List<String> references) {
    if (hypotheses.size() != references.size()) {
      throw new IllegalArgumentException(hypotheses.size() + " hypotheses, "
          + references.size() + " references");
    }
    long[] matches = new long[ORDER];
    long[] totals = new long[ORDER];
    long hypLength = 0;
    long refLength = 0;
    for (int i = 0; i < hypotheses.size(); i++) {
      String[] hyp = words(tokenize13a(hypotheses.get(i)));
      String[] ref = words(tokenize13a(references.get(i)));
      hypLength += hyp.length;
      refLength += ref.length;
      for (int n = 1; n <= ORDER; n++) {
        Map<String, Integer> h = ngrams(hyp, n);
        Map<String, Integer> r = ngrams(ref, n);
        for (Map.Entry<String, Integer> e : h.entrySet()) {
          matches[n - 1] += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        totals[n - 1] += Math.max(0, hyp.length - n + 1);
      }
    }
    return score(matches, totals, hypLength, refLength);
  }

  private static double score(long[] matches, long[] totals, long hypLength, long refLength) {
    if (hypLength == 0 || java.util.Arrays.stream(matches).allMatch(m -> m == 0)) {
      return 0;
    }
    double smoothing = 1;
    double logSum = 0;
    for (int n = 0; n < ORDER; n++) {
      if (totals[n] == 0) {
        return 0;
      }
      double precision;
      if (matches[n] == 0) {
        smoothing *= 2;
        precision = 1 / (smoothing * totals[n]);
      } else {
        precision = (double) matches[n] / totals[n];
      }
      logSum += Math.log(precision);
    }
    double brevity = hypLength < refLength ? Math.exp(1 - (double) refLength / hypLength) : 1;
    return 100 * brevity * Math.exp(logSum / ORDER);
  }

  /** sacreBLEU's {@code TokenizerV13a}. */
  static String tokenize13a(String line) {
    String s = SKIPPED.matcher(line).replaceAll("");
    s = s.replace("-\n", "").replace("\n", " ");
    if (s.contains("&")) {
      s = s.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
    s = " " + s + " ";
    s = PUNCT.matcher(s).replaceAll(" $1 ");
    s = PERIOD_COMMA_BEFORE.matcher(s).replaceAll("$1 $2 ");
    s = PERIOD_COMMA_AFTER.matcher(s).replaceAll(" $1 $2");
    s = DASH_AFTER_DIGIT.matcher(s).replaceAll("$1 $2 ");
    return String.join(" ", pythonSplit(s));
  }

  /** Python's {@code str.split()}: runs of any white space, including no-break spaces. */
  private static java.util.List<String> pythonSplit(String s) {
    java.util.List<String> words = new java.util.ArrayList<>();
    StringBuilder word = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.appendCodePoint(c);
      }
    });
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static String[] words(String tokenized) {
    return tokenized.isEmpty() ? new String[0] : tokenized.split(" ");
  }

  private static Map<String, Integer> ngrams(String[] words, int n) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= words.length; i++) {
      counts.merge(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)), 1, Integer::sum);
    }
    return counts;
  }
}
