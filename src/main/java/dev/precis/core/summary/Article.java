package dev.precis.core.summary;

import dev.precis.core.Document;
import dev.precis.core.Span;
import dev.precis.core.kinds.SentenceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article analysed once for every ranker: the candidate sentences (the document's
 * sentences minus the title), each as term ids into one per-article vocabulary, with word
 * counts, paragraph positions and the title's terms. Immutable.
 */
public final class Article {
  private final Document document;
  private final List<Integer> candidates;
  private final int[][] terms;
  private final int[] words;
  private final int[] paragraphIndex;
  private final int[] positionInParagraph;
  private final int[] titleTerms;
  private final String[] vocabulary;
  private final String[] texts;

  private Article(Document document, List<Integer> candidates, int[][] terms, int[] words,
      int[] paragraphIndex, int[] positionInParagraph, int[] titleTerms, String[] vocabulary,
      String[] texts) {
    this.document = document;
    this.candidates = List.copyOf(candidates);
    this.terms = terms;
    this.words = words;
    this.paragraphIndex = paragraphIndex;
    this.positionInParagraph = positionInParagraph;
    this.titleTerms = titleTerms;
    this.vocabulary = vocabulary;
    this.texts = texts;
  }

  /**
   * Analyses {@code document} (with its sentence layer); sentences inside {@code titleSpan}
   * (may be null) are not candidates, and {@code title} (may be null) supplies title terms.
   */
  public static Article of(Document document, Span titleSpan, String title, TextAnalyzer analyzer) {
    TextAnalyzer.Pass pass = analyzer.open();
    Map<String, Integer> ids = new HashMap<>();
    List<Integer> candidates = new ArrayList<>();
    String normalisedTitle = title == null ? null : normalise(title);
    for (int i = 0; i < document.sentences().size(); i++) {
      Span s = document.sentences().get(i);
      boolean inTitle = titleSpan != null && titleSpan.contains(s);
      if (!inTitle && !(normalisedTitle != null && normalise(document.text(s)).equals(normalisedTitle))) {
        candidates.add(i);
      }
    }
    int n = candidates.size();
    int[][] terms = new int[n][];
    int[] words = new int[n];
    String[] texts = new String[n];
    int[] paragraphOf = document.sentenceParagraphs();
    int[] paragraphIndex = new int[n];
    int[] positionInParagraph = new int[n];
    int firstParagraph = n == 0 ? 0 : paragraphOf[candidates.get(0)];
    for (int k = 0; k < n; k++) {
      int i = candidates.get(k);
      texts[k] = document.text(document.sentences().get(i));
      TextAnalyzer.Analysis a = pass.analyze(texts[k]);
      terms[k] = ids(a.terms(), ids);
      words[k] = TextAnalyzer.countWords(texts[k]);
      paragraphIndex[k] = paragraphOf[i] - firstParagraph;
      positionInParagraph[k] = k > 0 && paragraphOf[candidates.get(k - 1)] == paragraphOf[i]
          ? positionInParagraph[k - 1] + 1 : 0;
    }
    int[] titleTerms = title == null ? new int[0] : ids(pass.analyze(title).terms(), ids);
    String[] vocabulary = new String[ids.size()];
    ids.forEach((term, id) -> vocabulary[id] = term);
    return new Article(document, candidates, terms, words, paragraphIndex, positionInParagraph,
        titleTerms, vocabulary, texts);
  }

  private static int[] ids(List<String> terms, Map<String, Integer> ids) {
    int[] result = new int[terms.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = ids.computeIfAbsent(terms.get(i), t -> ids.size());
    }
    return result;
  }

  private static String normalise(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  public Document document() {
    return document;
  }

  /** Number of candidate sentences. */
  public int size() {
    return candidates.size();
  }

  /** The document sentence index of candidate {@code k}. */
  public int sentenceIndex(int k) {
    return candidates.get(k);
  }

  /** Content term ids of candidate {@code k} (stemmed, stop words removed, repeats kept). */
  public int[] terms(int k) {
    return terms[k];
  }

  /** What candidate {@code k} is on the page (a story sentence, a byline, a heading, ...). */
  public SentenceKind kind(int k) {
    return document.kind(candidates.get(k));
  }

  public int words(int k) {
    return words[k];
  }

  public String text(int k) {
    return texts[k];
  }

  /** Paragraph number of candidate {@code k}, counted from the first candidate's paragraph. */
  public int paragraph(int k) {
    return paragraphIndex[k];
  }

  public int positionInParagraph(int k) {
    return positionInParagraph[k];
  }

  public int[] titleTerms() {
    return titleTerms;
  }

  public boolean hasTitle() {
    return titleTerms.length > 0;
  }

  public int vocabularySize() {
    return vocabulary.length;
  }

  public String term(int id) {
    return vocabulary[id];
  }
}
