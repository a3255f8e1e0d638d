package dev.precis.core.summary;

import dev.precis.core.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The one tokenizer / stemmer / stop-word layer every ranker and the keyword extractor share:
 * OpenNLP's English tokenizer model, the Snowball English stemmer and precis' stop-word list.
 * Thread-safe: the model and lexicon are shared, the non-thread-safe OpenNLP objects live in
 * one {@link Pass} per document.
 */
public final class TextAnalyzer {
  /** Beyond this many cached stems a long-running corpus pass stops growing the cache. */
  private static final int STEM_CACHE_LIMIT = 200_000;

  private final TokenizerModel tokenizerModel;
  private final Lexicon stopWords;
  private final Map<String, String> stems = new ConcurrentHashMap<>();

  public TextAnalyzer(TokenizerModel tokenizerModel, Lexicon stopWords) {
    this.tokenizerModel = tokenizerModel;
    this.stopWords = stopWords;
  }

  /** One sentence as the rankers see it: stemmed content terms and its word count. */
  public record Analysis(List<String> terms, int words, List<String> tokens) {}

  /** Starts the analysis of one document (not thread-safe; one per thread and document). */
  public Pass open() {
    return new Pass();
  }

  public boolean isStopWord(String lowerCaseWord) {
    return stopWords.contains(lowerCaseWord);
  }

  /** Analyses the sentences of one document with one tokenizer and stemmer instance. */
  public final class Pass {
    private final TokenizerME tokenizer = new TokenizerME(tokenizerModel);
    private SnowballStemmer stemmer;

    private Pass() {}

    /** Tokens of {@code text} as the OpenNLP model cuts them. */
    public String[] tokenize(String text) {
      opennlp.tools.util.Span[] spans = tokenizePositions(text);
      String[] tokens = new String[spans.length];
      for (int i = 0; i < spans.length; i++) {
        tokens[i] = text.substring(spans[i].getStart(), spans[i].getEnd());
      }
      return tokens;
    }

    /**
     * Token spans of {@code text}, relative to it. A white-space-separated chunk of letters
     * and digits only, or of one char, is one token whatever the model would say, so only the
     * chunks with punctuation inside reach the (much slower) model.
     */
    public opennlp.tools.util.Span[] tokenizePositions(String text) {
      List<opennlp.tools.util.Span> spans = new ArrayList<>();
      int n = text.length();
      int i = 0;
      while (i < n) {
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int start = i;
        boolean simple = true;
        while (i < n && !Character.isWhitespace(text.charAt(i))) {
          simple &= Character.isLetterOrDigit(text.charAt(i));
          i++;
        }
        if (i == start) {
          break;
        }
        if (simple || i - start == 1) {
          spans.add(new opennlp.tools.util.Span(start, i));
        } else {
          for (opennlp.tools.util.Span s : tokenizer.tokenizePos(text.substring(start, i))) {
            spans.add(new opennlp.tools.util.Span(start + s.getStart(), start + s.getEnd()));
          }
        }
      }
      return spans.toArray(opennlp.tools.util.Span[]::new);
    }

    /** The terms and word count of one sentence. */
    public Analysis analyze(String sentence) {
      String[] tokens = tokenize(sentence);
      List<String> terms = new ArrayList<>(tokens.length);
      int words = 0;
      for (String token : tokens) {
        if (!hasLetterOrDigit(token)) {
          continue;
        }
        words++;
        String lower = token.toLowerCase(Locale.ROOT);
        if (!stopWords.contains(lower)) {
          terms.add(stem(lower));
        }
      }
      return new Analysis(terms, words, List.of(tokens));
    }

    /** The Snowball stem of a lower-case word. */
    public String stem(String lower) {
      String cached = stems.get(lower);
      if (cached != null) {
        return cached;
      }
      if (stemmer == null) {
        stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
      }
      String stem = stemmer.stem(lower).toString();
      if (stems.size() < STEM_CACHE_LIMIT) {
        stems.put(lower, stem);
      }
      return stem;
    }
  }

  static boolean hasLetterOrDigit(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Words as a reader counts them: runs of non-space chars holding a letter or digit. */
  public static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    boolean counted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        inWord = false;
        continue;
      }
      if (!inWord) {
        inWord = true;
        counted = false;
      }
      if (!counted && Character.isLetterOrDigit(c)) {
        words++;
        counted = true;
      }
    }
    return words;
  }
}
