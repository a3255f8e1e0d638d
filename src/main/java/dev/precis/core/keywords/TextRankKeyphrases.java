package dev.precis.core.keywords;

import dev.precis.core.Document;
import dev.precis.core.Span;
import dev.precis.core.summary.TextAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * TextRank key phrases (Mihalcea and Tarau 2004): nouns, proper nouns and adjectives that are
 * not stop words become nodes, linked when they occur within {@value #WINDOW} such words of
 * each other in a sentence; PageRank scores the words, and each candidate phrase (a run of
 * adjectives ending in nouns, at most {@value #MAX_WORDS} words) scores the sum of its words'
 * scores. Words are compared by their stems, so "talks" and "talk" are one node.
 */
public final class TextRankKeyphrases implements KeyphraseExtractor {
  public static final String NAME = "textrank";
  private static final int WINDOW = 2;
  private static final int MAX_WORDS = 4;
  static final int MAX_TAGGED = 1_000;
  private static final double DAMPING = 0.85;

  private final POSModel posModel;
  private final TextAnalyzer analyzer;

  public TextRankKeyphrases(POSModel posModel, TextAnalyzer analyzer) {
    this.posModel = posModel;
    this.analyzer = analyzer;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** A candidate occurrence: stems of its words and its span in the text. */
  private record Candidate(List<String> stems, Span span) {}

  @Override
  public List<Keyphrase> extract(Document document, int k) {
    TextAnalyzer.Pass pass = analyzer.open();
    POSTaggerME tagger = new POSTaggerME(posModel);
    Map<String, Integer> nodes = new HashMap<>();
    List<int[]> edges = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    for (Span sentence : document.sentences()) {
      String text = document.text(sentence);
      opennlp.tools.util.Span[] spans = pass.tokenizePositions(text);
      String[] tokens = new String[spans.length];
      for (int i = 0; i < spans.length; i++) {
        tokens[i] = spans[i].getCoveredText(text).toString();
      }
      String[] tags = tag(tagger, tokens);
      String[] stems = new String[tokens.length];
      List<Integer> window = new ArrayList<>();
      for (int i = 0; i < tokens.length; i++) {
        String lower = tokens[i].toLowerCase(Locale.ROOT);
        boolean content = (isNoun(tags[i]) || isAdjective(tags[i])) && !analyzer.isStopWord(lower)
            && hasLetter(lower);
        if (!content) {
          continue;
        }
        stems[i] = pass.stem(lower);
        int node = nodes.computeIfAbsent(stems[i], s -> nodes.size());
        for (int other : window) {
          if (other != node) {
            edges.add(new int[] {other, node});
          }
        }
        window.add(node);
        if (window.size() >= WINDOW) {
          window.remove(0);
        }
      }
      collectPhrases(tokens, tags, stems, spans, sentence.start(), candidates);
    }
    double[] rank = pageRank(nodes.size(), edges);
    return best(document, candidates, nodes, rank, k);
  }

  /** Maximal runs of adjectives and nouns that end in a noun, cut to the last MAX_WORDS. */
  private static void collectPhrases(String[] tokens, String[] tags, String[] stems,
      opennlp.tools.util.Span[] spans, int offset, List<Candidate> out) {
    int i = 0;
    while (i < tokens.length) {
      if (stems[i] == null) {
        i++;
        continue;
      }
      List<Integer> words = new ArrayList<>();
      while (i < tokens.length && (stems[i] != null || bridgesHyphen(tokens, stems, spans, i))) {
        if (stems[i] != null) {
          words.add(i);
        }
        i++;
      }
      int end = words.size();
      while (end > 0 && !isNoun(tags[words.get(end - 1)])) {
        end--;
      }
      if (end > 0) {
        int from = Math.max(0, end - MAX_WORDS);
        List<String> phraseStems = new ArrayList<>();
        for (int w = from; w < end; w++) {
          phraseStems.add(stems[words.get(w)]);
        }
        out.add(new Candidate(phraseStems, new Span(offset + spans[words.get(from)].getStart(),
            offset + spans[words.get(end - 1)].getEnd())));
      }
    }
  }

  /** A hyphen written tight between two phrase words ("Kassym-Jomart") joins them. */
  private static boolean bridgesHyphen(String[] tokens, String[] stems,
      opennlp.tools.util.Span[] spans, int i) {
    return tokens[i].equals("-") && i > 0 && i + 1 < tokens.length && stems[i - 1] != null
        && stems[i + 1] != null && spans[i - 1].getEnd() == spans[i].getStart()
        && spans[i].getEnd() == spans[i + 1].getStart();
  }

  private static List<Keyphrase> best(Document document, List<Candidate> candidates,
      Map<String, Integer> nodes, double[] rank, int k) {
    Map<List<String>, List<Span>> occurrences = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      occurrences.computeIfAbsent(c.stems(), s -> new ArrayList<>()).add(c.span());
    }
    List<Map.Entry<List<String>, List<Span>>> phrases = new ArrayList<>(occurrences.entrySet());
    Map<List<String>, Double> scores = new HashMap<>();
    for (Map.Entry<List<String>, List<Span>> e : phrases) {
      double score = 0;
      for (String stem : e.getKey()) {
        score += rank[nodes.get(stem)];
      }
      scores.put(e.getKey(), score);
    }
    // stable sort: equal scores keep the order of first occurrence
    phrases.sort((a, b) -> Double.compare(scores.get(b.getKey()), scores.get(a.getKey())));
    List<Keyphrase> result = new ArrayList<>();
    List<List<String>> taken = new ArrayList<>();
    double top = phrases.isEmpty() ? 1 : scores.get(phrases.get(0).getKey());
    for (Map.Entry<List<String>, List<Span>> e : phrases) {
      if (result.size() >= k) {
        break;
      }
      if (coveredBy(e.getKey(), taken)) {
        continue;
      }
      taken.add(e.getKey());
      String text = document.text(e.getValue().get(0)).replaceAll("\\s+", " ");
      result.add(new Keyphrase(text, top > 0 ? scores.get(e.getKey()) / top : 0,
          List.copyOf(e.getValue())));
    }
    return result;
  }

  /** True when every word of {@code phrase} is already in one chosen phrase. */
  private static boolean coveredBy(List<String> phrase, List<List<String>> taken) {
    for (List<String> t : taken) {
      if (t.containsAll(phrase)) {
        return true;
      }
    }
    return false;
  }

  private static double[] pageRank(int n, List<int[]> edges) {
    Map<Integer, Map<Integer, Double>> out = new HashMap<>();
    double[] degree = new double[n];
    for (int[] e : edges) {
      out.computeIfAbsent(e[0], x -> new HashMap<>()).merge(e[1], 1.0, Double::sum);
      out.computeIfAbsent(e[1], x -> new HashMap<>()).merge(e[0], 1.0, Double::sum);
      degree[e[0]]++;
      degree[e[1]]++;
    }
    double[] rank = new double[n];
    Arrays.fill(rank, 1.0);
    for (int iteration = 0; iteration < 50; iteration++) {
      double[] next = new double[n];
      Arrays.fill(next, 1 - DAMPING);
      for (int from = 0; from < n; from++) {
        Map<Integer, Double> targets = out.get(from);
        if (targets == null) {
          continue;
        }
        for (Map.Entry<Integer, Double> t : targets.entrySet()) {
          next[t.getKey()] += DAMPING * rank[from] * t.getValue() / degree[from];
        }
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        change += Math.abs(next[i] - rank[i]);
      }
      rank = next;
      if (change < 1e-6) {
        break;
      }
    }
    return rank;
  }

  /**
   * Tags {@code tokens} at most {@link #MAX_TAGGED} at a time: the tagger's beam copies its
   * history at every word, so one sentence of 80,000 words took 146 s; no real sentence is
   * that long, and a cut costs at most the context of the words next to it.
   */
  private static String[] tag(POSTaggerME tagger, String[] tokens) {
    if (tokens.length <= MAX_TAGGED) {
      return tagger.tag(tokens);
    }
    String[] tags = new String[tokens.length];
    for (int from = 0; from < tokens.length; from += MAX_TAGGED) {
      int to = Math.min(tokens.length, from + MAX_TAGGED);
      System.arraycopy(tagger.tag(Arrays.copyOfRange(tokens, from, to)), 0, tags, from, to - from);
    }
    return tags;
  }

  private static boolean isNoun(String tag) {
    return tag.equals("NOUN") || tag.equals("PROPN") || tag.startsWith("NN");
  }

  private static boolean isAdjective(String tag) {
    return tag.equals("ADJ") || tag.startsWith("JJ");
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
