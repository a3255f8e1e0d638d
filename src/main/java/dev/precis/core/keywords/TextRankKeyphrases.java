package dev.precis.core.keywords;

import dev.precis.core.Document;
import dev.precis.core.Lexicon;
import dev.precis.core.Span;
import dev.precis.core.summary.TextAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * TextRank key phrases (Mihalcea and Tarau 2004): nouns, proper nouns and adjectives that are
 * not stop words become nodes, linked when they occur within {@value #WINDOW} such words of
 * each other in a sentence; PageRank scores the words, and each candidate phrase (a run of
 * adjectives ending in nouns, at most {@value #MAX_WORDS} words) scores the sum of its words'
 * scores. Words are compared by their stems, so "talks" and "talk" are one node.
 *
 * <p>A phrase is a complete noun phrase: it never starts or ends inside a hyphenated word
 * ("same-sex marriage", not "sex marriage"), holds no weekday, month or day word, and a title
 * or organisation word does not glue itself to the name after it ("European Council" and
 * "Charles Michel", not "European Council Charles Michel"; "Tokayev", not "President
 * Tokayev"). A possessive ends its phrase and the possessive ending is left out ("Charles
 * Michel" from "Charles Michel’s request"). Phrases that share a head word ("plague",
 * "bubonic plague", "plague case") are one entry, with the others as its variants.
 */
public final class TextRankKeyphrases implements KeyphraseExtractor {
  public static final String NAME = "textrank";
  private static final int WINDOW = 2;
  private static final int MAX_WORDS = 4;
  static final int MAX_TAGGED = 1_000;
  private static final int MAX_NAME_WORDS = 7;
  private static final double DAMPING = 0.85;

  /**
   * Words that are dates or spans of time, not topics; they end a phrase ("clash last
   * weekend", "Real Madrid last month").
   */
  private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
      "june", "july", "august", "september", "october", "november", "december", "today",
      "yesterday", "tomorrow", "tonight", "weekend", "morning", "afternoon", "evening", "night",
      "week", "month", "year", "season");

  private final POSModel posModel;
  private final TextAnalyzer analyzer;
  private final Lexicon titles;

  /** {@code titles}: the titles lexicon ({@code models/titles-en.txt}: title, honorific, org). */
  public TextRankKeyphrases(POSModel posModel, TextAnalyzer analyzer, Lexicon titles) {
    this.posModel = posModel;
    this.analyzer = analyzer;
    this.titles = titles;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** A candidate occurrence: stems of its words and its span in the text. */
  private record Candidate(List<String> stems, Set<String> nouns, String head, boolean name,
      Span span) {}

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
        String word = withoutPossessive(lower);
        boolean content = (isNoun(tags[i]) || isAdjective(tags[i])) && !analyzer.isStopWord(word)
            && hasLetter(word) && !DATE_WORDS.contains(word);
        if (!content) {
          continue;
        }
        stems[i] = pass.stem(word);
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
      collectPhrases(text, tokens, tags, stems, spans, sentence.start(), candidates);
    }
    double[] rank = pageRank(nodes.size(), edges);
    return best(document, candidates, nodes, rank, k);
  }

  /**
   * Maximal runs of adjectives and nouns, cut where a title or organisation word meets a name
   * and after a possessive, kept off the inside of hyphenated words, ending in a noun and cut
   * to the last MAX_WORDS.
   */
  private void collectPhrases(String text, String[] tokens, String[] tags, String[] stems,
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
          if (!words.isEmpty() && startsName(tokens, tags, words.get(words.size() - 1), i)) {
            addPhrase(text, dropTrailingTitle(tokens, words), tokens, tags, stems, spans, offset, out);
            words = new ArrayList<>();
          }
          words.add(i);
          if (isPossessive(tokens[i])) {
            i++;
            break;
          }
        }
        i++;
      }
      addPhrase(text, words, tokens, tags, stems, spans, offset, out);
    }
  }

  /** Adds the noun phrase of {@code words}, when there is one. */
  private static void addPhrase(String text, List<Integer> words, String[] tokens,
      String[] tags, String[] stems, opennlp.tools.util.Span[] spans, int offset,
      List<Candidate> out) {
    if (words.isEmpty()) {
      return;
    }
    int start = 0;
    // A phrase that would start inside a hyphenated word ("21-year-old", "same-sex") starts
    // after it when a number is in it, else takes the whole word in.
    int wordStart = spans[words.get(0)].getStart();
    int extendedStart = wordStart;
    if (continuesWordBefore(text, wordStart)) {
      int chunkStart = wordStart;
      while (chunkStart > 0 && !Character.isWhitespace(text.charAt(chunkStart - 1))) {
        chunkStart--;
      }
      if (hasDigit(text, chunkStart, wordStart)) {
        int chunkEnd = chunkEnd(text, wordStart);
        while (start < words.size() && spans[words.get(start)].getEnd() <= chunkEnd) {
          start++;
        }
        extendedStart = start < words.size() ? spans[words.get(start)].getStart() : 0;
      } else {
        extendedStart = chunkStart;
      }
    }
    int end = words.size();
    // Nor end inside one ("state" of "state-run").
    while (end > start && continuesWordAfter(text, spans[words.get(end - 1)].getEnd())) {
      end--;
    }
    // A "noun" right before a determiner or pronoun is mostly a verb the tagger missed
    // ("unemployment rates reach a", "agents advance the").
    while (end > start && (!isNoun(tags[words.get(end - 1)])
        || beforeDeterminer(tags, words.get(end - 1)))) {
      end--;
    }
    if (end <= start) {
      return;
    }
    // A name is kept whole ("St. Petersburg International Economic Forum"), up to a point.
    int from = Math.max(start, end - (allNames(tags, words, start, end) ? MAX_NAME_WORDS : MAX_WORDS));
    if (from > start) {
      extendedStart = spans[words.get(from)].getStart();
    }
    List<String> phraseStems = new ArrayList<>();
    Set<String> nouns = new java.util.HashSet<>();
    for (int w = from; w < end; w++) {
      phraseStems.add(stems[words.get(w)]);
      if (isNoun(tags[words.get(w)])) {
        nouns.add(nounKey(tags, stems, words.get(w)));
      }
    }
    int last = words.get(end - 1);
    int lastEnd = spans[last].getEnd() - (isPossessive(tokens[last]) ? 2 : 0);
    boolean name = end - from >= 2
        && (allNames(tags, words, from, end) || allCapitalised(tokens, words, from, end));
    out.add(new Candidate(phraseStems, nouns, nounKey(tags, stems, last), name, new Span(offset + extendedStart, offset + lastEnd)));
  }

  private static String nounKey(String[] tags, String[] stems, int i) {
    return stems[i];
  }

  private static boolean beforeDeterminer(String[] tags, int i) {
    return i + 1 < tags.length && (tags[i + 1].equals("DET") || tags[i + 1].equals("PRON"));
  }

  /**
   * Whether {@code next} opens a name that the title, role or organisation word at
   * {@code previous} only introduces ("Council Charles", "player Aaron").
   */
  private boolean startsName(String[] tokens, String[] tags, int previous, int next) {
    // "News Agency", "Bank National": two organisation words are one name.
    if (!tags[next].equals("PROPN") || titles.tag(tokens[next].toLowerCase(Locale.ROOT)) != null) {
      return false;
    }
    String tag = titles.tag(tokens[previous].toLowerCase(Locale.ROOT));
    return tag != null && (tag.startsWith("title") || tag.startsWith("honorific")
        || tag.equals("org") || tag.equals("role"));
  }

  /** {@code words} without the titles at their end ("European Council President"). */
  private List<Integer> dropTrailingTitle(String[] tokens, List<Integer> words) {
    int end = words.size();
    while (end > 0) {
      String tag = titles.tag(tokens[words.get(end - 1)].toLowerCase(Locale.ROOT));
      if (tag == null || !(tag.startsWith("title") || tag.startsWith("honorific"))) {
        break;
      }
      end--;
    }
    return words.subList(0, end);
  }

  private static boolean allNames(String[] tags, List<Integer> words, int start, int end) {
    for (int w = start; w < end; w++) {
      if (!tags[words.get(w)].equals("PROPN")) {
        return false;
      }
    }
    return true;
  }

  private static boolean allCapitalised(String[] tokens, List<Integer> words, int from, int to) {
    for (int w = from; w < to; w++) {
      if (!Character.isUpperCase(tokens[words.get(w)].charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPossessive(String token) {
    return token.length() > 2 && (token.endsWith("'s") || token.endsWith("’s"));
  }

  private static String withoutPossessive(String lower) {
    return isPossessive(lower) ? lower.substring(0, lower.length() - 2) : lower;
  }

  /** Whether a hyphen joins the word at {@code i} to one before it ("same-sex"). */
  private static boolean continuesWordBefore(String text, int i) {
    return i >= 2 && text.charAt(i - 1) == '-' && Character.isLetterOrDigit(text.charAt(i - 2));
  }

  /** Whether a hyphen joins the word ending at {@code i} to one after it ("state-run"). */
  private static boolean continuesWordAfter(String text, int i) {
    return i + 1 < text.length() && text.charAt(i) == '-'
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static int chunkEnd(String text, int i) {
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
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
    Map<List<String>, Set<String>> nouns = new HashMap<>();
    Map<List<String>, String> heads = new HashMap<>();
    Set<List<String>> names = new java.util.HashSet<>();
    for (Candidate c : candidates) {
      occurrences.computeIfAbsent(c.stems(), s -> new ArrayList<>()).add(c.span());
      nouns.computeIfAbsent(c.stems(), s -> new java.util.HashSet<>()).addAll(c.nouns());
      heads.putIfAbsent(c.stems(), c.head());
      if (c.name()) {
        names.add(c.stems());
      }
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
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<List<String>, List<Span>> e : phrases) {
      Entry entry = new Entry(e, nouns.get(e.getKey()), heads.get(e.getKey()),
          names.contains(e.getKey()));
      if (!mergeInto(entries, entry)) {
        entries.add(entry);
      }
    }
    // A second pass: an entry may match an earlier one only through a variant added later.
    List<Entry> merged = new ArrayList<>();
    for (Entry entry : entries) {
      if (!mergeInto(merged, entry)) {
        merged.add(entry);
      }
      if (merged.size() > k) {
        break;
      }
    }
    entries = merged.subList(0, Math.min(k, merged.size()));
    double top = phrases.isEmpty() ? 1 : scores.get(phrases.get(0).getKey());
    List<Keyphrase> result = new ArrayList<>();
    for (Entry entry : entries) {
      result.add(entry.keyphrase(document, top > 0 ? scores.get(entry.stems()) / top : 0));
    }
    return result;
  }

  /** Adds {@code entry} to the first of {@code entries} it nearly duplicates, if any. */
  private static boolean mergeInto(List<Entry> entries, Entry entry) {
    for (Entry e : entries) {
      if (e.isNearDuplicate(entry)) {
        e.variants.addAll(entry.variants);
        e.heads.addAll(entry.heads);
        return true;
      }
    }
    return false;
  }

  /** A chosen phrase and the near-duplicates merged into it, best first. */
  private static final class Entry {
    final List<Map.Entry<List<String>, List<Span>>> variants = new ArrayList<>();
    /** The nouns of the best phrase, and the head nouns of all variants. */
    final Set<String> nouns;
    final Set<String> heads = new java.util.HashSet<>();

    /** Whether the best phrase is a name of two words or more ("United States"). */
    final boolean name;

    Entry(Map.Entry<List<String>, List<Span>> best, Set<String> nouns, String head,
        boolean name) {
      this.name = name;
      variants.add(best);
      this.nouns = nouns;
      heads.add(head);
    }

    List<String> stems() {
      return variants.get(0).getKey();
    }

    /**
     * Whether the best phrases of the two entries share a noun that is the head of one of
     * them or of a variant ("plague" / "bubonic plague" / "plague case"; not "court case" /
     * "plague case"), or all the other's words are in this one's best phrase.
     */
    boolean isNearDuplicate(Entry other) {
      if (stems().containsAll(other.stems())) {
        return true;
      }
      if (name != other.name) {
        // A name and a common phrase share a word, not a topic ("United States", "state
        // media"), unless the phrase holds the whole name.
        return other.stems().containsAll(stems());
      }
      for (String noun : other.nouns) {
        if (nouns.contains(noun) && (heads.contains(noun) || other.heads.contains(noun))) {
          return true;
        }
      }
      return false;
    }

    Keyphrase keyphrase(Document document, double score) {
      List<String> forms = new ArrayList<>();
      List<Span> all = new ArrayList<>();
      for (Map.Entry<List<String>, List<Span>> v : variants) {
        String form = document.text(v.getValue().get(0)).replaceAll("\\s+", " ");
        if (!forms.contains(form)) {
          forms.add(form);
        }
        all.addAll(v.getValue());
      }
      all.sort(Comparator.comparingInt(Span::start));
      return new Keyphrase(forms.get(0), score, List.copyOf(all),
          List.copyOf(forms.subList(1, forms.size())));
    }
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
