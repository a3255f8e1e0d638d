package dev.precis.core.summary;

import dev.precis.core.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The features the trained ranker sees for each candidate sentence, as binary indicator
 * names for a maximum-entropy model: position (absolute, relative, in its paragraph),
 * length, centrality (similarity to the rest of the article, raw and as a rank), title and
 * keyword overlap, quotation and attribution cues, plus position × length and position ×
 * centrality conjunctions. All computed in time linear in the article's length (the one sort
 * is over the sentences), so the ranker scales as n log n.
 */
public final class SentenceFeatures {
  /** The numeric values behind the indicators, shown by {@code --explain}. */
  public static final List<String> NAMES = List.of("position", "words", "centrality",
      "centrality_rank", "title_overlap", "keywords", "quote", "attribution");
  private static final int KEYWORDS = 10;

  private final Lexicon cueVerbs;

  public SentenceFeatures(Lexicon cueVerbs) {
    this.cueVerbs = cueVerbs;
  }

  /** Per candidate: the indicator names (for the model) and the numeric values (for people). */
  public record Extracted(String[][] contexts, double[][] values) {}

  public Extracted extract(Article article) {
    TermStatistics stats = new TermStatistics(article);
    int n = article.size();
    double[] centrality = new double[n];
    for (int k = 0; k < n; k++) {
      centrality[k] = stats.centroidSimilarity(k);
    }
    int[] centralityRank = Summarizer.ranks(centrality);
    boolean[] keyword = keywords(stats);
    boolean[] inTitle = new boolean[stats.frequency.length];
    for (int t : article.titleTerms()) {
      inTitle[t] = true;
    }
    String[][] contexts = new String[n][];
    double[][] values = new double[n][];
    // Lower-cased, pre-tokenized corpora (CNN/DM as the papers use it) place their sentences
    // differently from edited text; the model may learn separate position weights for them.
    String style = lowerCased(article) ? "lc:" : "";
    for (int k = 0; k < n; k++) {
      int[] distinct = stats.distinct[k];
      int keywords = 0;
      int titleShared = 0;
      for (int t : distinct) {
        keywords += keyword[t] ? 1 : 0;
        titleShared += inTitle[t] ? 1 : 0;
      }
      double titleOverlap = article.hasTitle() && distinct.length > 0
          ? (double) titleShared / distinct.length : 0;
      String text = article.text(k);
      boolean quote = hasQuote(text);
      boolean attribution = hasCueVerb(text);
      int words = article.words(k);
      List<String> c = new ArrayList<>(24);
      String pos = "pos=" + positionBin(k);
      String len = "len=" + lengthBin(words);
      String cent = "crank=" + rankBin(centralityRank[k]);
      c.add("bias");
      c.add(pos);
      c.add("rel=" + (int) Math.min(9, 10.0 * k / Math.max(n, 1)));
      c.add("para=" + Math.min(article.paragraph(k), 6));
      c.add("ppos=" + Math.min(article.positionInParagraph(k), 3));
      c.add(len);
      c.add(cent);
      c.add("cent=" + (int) Math.min(6, centrality[k] * 20));
      c.add("kw=" + Math.min(keywords, 5));
      if (article.hasTitle()) {
        c.add("title=" + (int) Math.min(4, titleOverlap * 10));
      }
      if (quote) {
        c.add("quote");
      }
      if (attribution) {
        c.add("cue");
      }
      if (text.endsWith("?") || text.endsWith("? ''") || text.endsWith("?\"")) {
        c.add("question");
      }
      String[] firstWords = firstWords(text);
      c.add(style + "w0=" + firstWords[0]);
      c.add(style + "w1=" + firstWords[1]);
      if (hasDigit(text)) {
        c.add("digit");
      }
      c.add(style + pos);
      c.add(style + len);
      c.add(pos + "&" + len);
      c.add(pos + "&" + cent);
      c.add(pos + "&kw=" + Math.min(keywords, 3));
      if (quote) {
        c.add(pos + "&quote");
      }
      contexts[k] = c.toArray(String[]::new);
      values[k] = new double[] {k + 1, words, centrality[k], centralityRank[k], titleOverlap,
          keywords, quote ? 1 : 0, attribution ? 1 : 0};
    }
    return new Extracted(contexts, values);
  }

  private static boolean lowerCased(Article article) {
    for (int k = 0; k < article.size(); k++) {
      String text = article.text(k);
      for (int i = 0; i < text.length(); i++) {
        if (Character.isUpperCase(text.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The first two words, lower-cased, letters only ("" when missing). */
  private static String[] firstWords(String text) {
    String[] result = {"", ""};
    int found = 0;
    int i = 0;
    int n = text.length();
    while (i < n && found < 2) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
        i++;
      }
      if (i > start) {
        result[found++] = text.substring(start, Math.min(i, start + 15)).toLowerCase(Locale.ROOT);
      }
    }
    return result;
  }

  /** The article's most frequent terms (ties to the term seen first). */
  private static boolean[] keywords(TermStatistics stats) {
    int v = stats.frequency.length;
    boolean[] result = new boolean[v];
    Integer[] order = new Integer[v];
    for (int t = 0; t < v; t++) {
      order[t] = t;
    }
    Arrays.sort(order, (a, b) -> stats.frequency[a] != stats.frequency[b]
        ? Integer.compare(stats.frequency[b], stats.frequency[a]) : Integer.compare(a, b));
    for (int i = 0; i < Math.min(KEYWORDS, v); i++) {
      if (stats.frequency[order[i]] > 1) {
        result[order[i]] = true;
      }
    }
    return result;
  }

  private static String positionBin(int k) {
    if (k < 6) {
      return Integer.toString(k);
    }
    return k < 8 ? "6-7" : k < 11 ? "8-10" : k < 16 ? "11-15" : k < 25 ? "16-24" : "25+";
  }

  private static String lengthBin(int words) {
    return words < 8 ? "<8" : words < 13 ? "8-12" : words < 18 ? "13-17" : words < 23 ? "18-22"
        : words < 31 ? "23-30" : words < 41 ? "31-40" : ">40";
  }

  private static String rankBin(int rank) {
    return rank <= 3 ? Integer.toString(rank) : rank <= 5 ? "4-5" : rank <= 10 ? "6-10" : ">10";
  }

  private static boolean hasQuote(String text) {
    return text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0
        || text.contains("``") || text.contains("''");
  }

  private boolean hasCueVerb(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= 10
          && cueVerbs.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
