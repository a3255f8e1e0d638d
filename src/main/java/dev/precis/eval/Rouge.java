package dev.precis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum computed as Google's {@code rouge_score} does with
 * {@code use_stemmer=True}, the scorer behind the published CNN/DailyMail figures: the text is
 * lower-cased, every char outside {@code [a-z0-9]} separates tokens, tokens longer than three
 * chars are Porter-stemmed (NLTK variant); ROUGE-L is the LCS of the whole token sequences and
 * ROUGE-Lsum the summary-level union LCS over newline-separated sentences. Thread-safe.
 */
public final class Rouge {
  private final PorterStemmer stemmer = new PorterStemmer();
  /** Stems repeat endlessly in a corpus; the cache makes tokenizing cheap. */
  private final Map<String, String> stems = new ConcurrentHashMap<>();

  /** Precision, recall and F1 of one ROUGE variant, as fractions in [0, 1]. */
  public record Score(double precision, double recall, double f1) {
    static Score of(double precision, double recall) {
      double f = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
      return new Score(precision, recall, f);
    }

    static final Score ZERO = new Score(0, 0, 0);
  }

  /** The four ROUGE variants of one prediction against one reference. */
  public record Scores(Score rouge1, Score rouge2, Score rougeL, Score rougeLsum) {}

  /** The tokens ROUGE compares: lower-cased, alphanumeric runs, stemmed when long. */
  public List<String> tokens(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean alnum = i < lower.length() && isTokenChar(lower.charAt(i));
      if (alnum && start < 0) {
        start = i;
      } else if (!alnum && start >= 0) {
        String token = lower.substring(start, i);
        tokens.add(token.length() > 3 ? stems.computeIfAbsent(token, stemmer::stem) : token);
        start = -1;
      }
    }
    return tokens;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** All four scores of {@code prediction} against {@code reference}. */
  public Scores score(String reference, String prediction) {
    Map<String, Integer> vocabulary = new HashMap<>();
    List<int[]> refSentences = sentences(reference, vocabulary);
    List<int[]> predSentences = sentences(prediction, vocabulary);
    int[] refAll = concat(refSentences);
    // "\n" separates tokens anyway, so the sentences joined are the whole text's tokens
    int[] predAll = concat(predSentences);
    return new Scores(ngrams(refAll, predAll, 1), ngrams(refAll, predAll, 2),
        lcs(refAll, predAll), summaryLevelLcs(refSentences, predSentences));
  }

  /**
   * Sentences as the reference scorer sees them: lines split at "\n", empty lines dropped
   * (a line that holds only spaces or punctuation stays, with no tokens), tokens as ids.
   */
  private List<int[]> sentences(String text, Map<String, Integer> vocabulary) {
    List<int[]> result = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        result.add(ids(tokens(line), vocabulary));
      }
    }
    return result;
  }

  private static int[] ids(List<String> tokens, Map<String, Integer> vocabulary) {
    int[] ids = new int[tokens.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = vocabulary.computeIfAbsent(tokens.get(i), t -> vocabulary.size());
    }
    return ids;
  }

  private static int[] concat(List<int[]> parts) {
    int n = 0;
    for (int[] p : parts) {
      n += p.length;
    }
    int[] all = new int[n];
    int at = 0;
    for (int[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  static Score ngrams(int[] ref, int[] pred, int n) {
    Map<Long, Integer> refCounts = ngramCounts(ref, n);
    Map<Long, Integer> predCounts = ngramCounts(pred, n);
    int overlap = 0;
    for (Map.Entry<Long, Integer> e : refCounts.entrySet()) {
      overlap += Math.min(e.getValue(), predCounts.getOrDefault(e.getKey(), 0));
    }
    int refTotal = Math.max(ref.length - n + 1, 0);
    int predTotal = Math.max(pred.length - n + 1, 0);
    return Score.of((double) overlap / Math.max(predTotal, 1), (double) overlap / Math.max(refTotal, 1));
  }

  /** n-gram counts keyed by the ids packed into a long (n ≤ 2, ids below 2^31). */
  private static Map<Long, Integer> ngramCounts(int[] tokens, int n) {
    Map<Long, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.length; i++) {
      long key = n == 1 ? tokens[i] : ((long) tokens[i] << 32) | tokens[i + 1];
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }

  static Score lcs(int[] ref, int[] pred) {
    if (ref.length == 0 || pred.length == 0) {
      return Score.ZERO;
    }
    int length = lcsTable(ref, pred)[ref.length][pred.length];
    return Score.of((double) length / pred.length, (double) length / ref.length);
  }

  private static int[][] lcsTable(int[] ref, int[] can) {
    int[][] table = new int[ref.length + 1][can.length + 1];
    for (int i = 1; i <= ref.length; i++) {
      for (int j = 1; j <= can.length; j++) {
        table[i][j] = ref[i - 1] == can[j - 1] ? table[i - 1][j - 1] + 1
            : Math.max(table[i - 1][j], table[i][j - 1]);
      }
    }
    return table;
  }

  /** Summary-level LCS with the reference scorer's guard against counting a token twice. */
  static Score summaryLevelLcs(List<int[]> ref, List<int[]> pred) {
    if (ref.isEmpty() || pred.isEmpty()) {
      return Score.ZERO;
    }
    int m = 0;
    int n = 0;
    Map<Integer, Integer> refCounts = new HashMap<>();
    Map<Integer, Integer> predCounts = new HashMap<>();
    for (int[] s : ref) {
      m += s.length;
      for (int t : s) {
        refCounts.merge(t, 1, Integer::sum);
      }
    }
    for (int[] s : pred) {
      n += s.length;
      for (int t : s) {
        predCounts.merge(t, 1, Integer::sum);
      }
    }
    if (m == 0 || n == 0) {
      return Score.ZERO;
    }
    int hits = 0;
    for (int[] r : ref) {
      java.util.TreeSet<Integer> union = new java.util.TreeSet<>();
      for (int[] c : pred) {
        union.addAll(lcsIndices(r, c));
      }
      for (int i : union) {
        int t = r[i];
        if (predCounts.getOrDefault(t, 0) > 0 && refCounts.getOrDefault(t, 0) > 0) {
          hits++;
          predCounts.merge(t, -1, Integer::sum);
          refCounts.merge(t, -1, Integer::sum);
        }
      }
    }
    return Score.of((double) hits / n, (double) hits / m);
  }

  /** The reference positions of one LCS, read back exactly as the reference scorer does. */
  private static List<Integer> lcsIndices(int[] ref, int[] can) {
    int[][] t = lcsTable(ref, can);
    List<Integer> indices = new ArrayList<>();
    int i = ref.length;
    int j = can.length;
    while (i > 0 && j > 0) {
      if (ref[i - 1] == can[j - 1]) {
        indices.add(i - 1);
        i--;
        j--;
      } else if (t[i][j - 1] > t[i - 1][j]) {
        j--;
      } else {
        i--;
      }
    }
    return indices;
  }
}
