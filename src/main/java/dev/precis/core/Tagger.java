package dev.precis.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English tokenizer, POS tagger and lemmatizer (Apache UD-EWT models). The models
 * are shared; the {@code *ME} classes are not thread-safe, so each {@link #open()} gives a
 * one-thread instance (one per document).
 */
public final class Tagger {
  private static final List<String> CLITICS =
      List.of("n't", "'s", "'re", "'ll", "'ve", "'d", "'m");
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;
  private final LemmatizerModel lemmatizerModel;

  public Tagger(TokenizerModel tokenizer, POSModel pos, LemmatizerModel lemmatizer) {
    this.tokenizerModel = tokenizer;
    this.posModel = pos;
    this.lemmatizerModel = lemmatizer;
  }

  /** A tagger for one thread. */
  public Instance open() {
    return new Instance();
  }

  /** Tagging with models bound to one thread. */
  public final class Instance {
    private final TokenizerME tokenizer = new TokenizerME(tokenizerModel);
    private final POSTaggerME posTagger = new POSTaggerME(posModel);
    private LemmatizerME lemmatizer;

    private Instance() {}

    /** Tokens and POS tags of {@code sentence} of {@code text}; lemmas not yet filled. */
    public TaggedSentence tag(String text, Span sentence) {
      // The models learnt straight apostrophes: "president’s" would stay one token. The
      // replacement keeps every offset, and the words keep the text as written.
      String slice = sentence.slice(text).replace('’', '\'');
      List<int[]> pieces = new ArrayList<>();
      for (opennlp.tools.util.Span t : tokenizer.tokenizePos(slice)) {
        splitClitic(slice, t.getStart(), t.getEnd(), pieces);
      }
      Span[] tokens = new Span[pieces.size()];
      String[] words = new String[pieces.size()];
      String[] plain = new String[pieces.size()];
      for (int i = 0; i < pieces.size(); i++) {
        int[] p = pieces.get(i);
        tokens[i] = new Span(sentence.start() + p[0], sentence.start() + p[1]);
        words[i] = tokens[i].slice(text);
        plain[i] = slice.substring(p[0], p[1]);
      }
      String[] tags = posTagger.tag(plain);
      return new TaggedSentence(sentence, tokens, words, tags, new String[words.length]);
    }

    /**
     * Splits the clitics the UD tokenizer model leaves attached ("president's", "don't"), as
     * the POS model expects them apart.
     */
    private void splitClitic(String slice, int start, int end, List<int[]> out) {
      String token = slice.substring(start, end).toLowerCase(Locale.ROOT);
      for (String clitic : CLITICS) {
        if (token.length() > clitic.length() && token.endsWith(clitic)) {
          int cut = end - clitic.length();
          out.add(new int[] {start, cut});
          out.add(new int[] {cut, end});
          return;
        }
      }
      if (token.length() > 2 && token.endsWith("s'")) {
        out.add(new int[] {start, end - 1}); // "teachers'"
        out.add(new int[] {end - 1, end});
        return;
      }
      out.add(new int[] {start, end});
    }

    /**
     * The lemma of token {@code i}, computed by the lemmatizer model from the word and its
     * tag alone (a window of one token keeps it cheap; cue verbs need no more context).
     */
    public String lemma(TaggedSentence s, int i) {
      if (s.lemmas()[i] == null) {
        if (lemmatizer == null) {
          lemmatizer = new LemmatizerME(lemmatizerModel);
        }
        String[] lemmas = lemmatizer.lemmatize(new String[] {s.words()[i]},
            new String[] {s.tags()[i]});
        String lemma = lemmas.length == 1 && !lemmas[0].equals("O") ? lemmas[0] : s.lower(i);
        s.lemmas()[i] = lemma.toLowerCase(java.util.Locale.ROOT);
      }
      return s.lemmas()[i];
    }
  }
}
