package dev.precis.core.quotes;

import dev.precis.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English tokenizer, POS tagger and lemmatizer (Apache UD-EWT models). The models
 * are shared; the {@code *ME} classes are not thread-safe, so each thread builds its own once
 * (a thread-local of this instance, no static state) and {@link #open()} gives a per-document
 * view of the calling thread's tools.
 */
public final class Tagger {
  private static final int MAX_CACHED_LEMMAS = 10_000;
  /** Words POS-tagged in one call; longer sentences are tagged window by window. */
  private static final int WINDOW = 200;
  /** Words of context tagged again before each window after the first. */
  private static final int CONTEXT = 8;
  private static final List<String> CLITICS =
      List.of("n't", "'s", "'re", "'ll", "'ve", "'d", "'m");
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;
  private final LemmatizerModel lemmatizerModel;

  public Tagger(TokenizerModel tokenizer, POSModel pos, LemmatizerModel lemmatizer) {
    this.tokenizerModel = withAlphaNumericShortcut(tokenizer);
    this.posModel = greedy(pos);
    this.lemmatizerModel = lemmatizer;
  }

  /**
   * The same tokenizer model with OpenNLP's alphanumeric optimisation on: a run of letters and
   * digits is one token without asking the model at each of its characters, which is most of
   * the tokenizer's work on news text and never where its decisions matter.
   */
  private static TokenizerModel withAlphaNumericShortcut(TokenizerModel model) {
    if (model.useAlphaNumericOptimization()) {
      return model;
    }
    TokenizerFactory factory = new TokenizerFactory(model.getFactory().getLanguageCode(),
        model.getAbbreviations(), true, null);
    return new TokenizerModel(model.getMaxentModel(), Map.of(), factory);
  }

  /**
   * The same POS model decoded greedily (beam size 1) instead of with a beam of 3: a third of
   * the work, and the tags that attribution rules read (verbs, nouns, pronouns, proper
   * nouns) hardly ever change.
   */
  private static POSModel greedy(POSModel model) {
    Object maxent = model.getArtifact("pos.model");
    if (!(maxent instanceof opennlp.tools.ml.model.MaxentModel)) {
      return model;
    }
    return new POSModel(model.getLanguage(), (opennlp.tools.ml.model.MaxentModel) maxent, 1,
        Map.of(), model.getFactory());
  }

  /** The OpenNLP tools of one thread; building a POS tagger costs as much as tagging an article. */
  private final class Tools {
    final TokenizerME tokenizer = new TokenizerME(tokenizerModel);
    final POSTaggerME posTagger = new POSTaggerME(posModel);
    final LemmatizerME lemmatizer = new LemmatizerME(lemmatizerModel);
    /**
     * Lemmas by word and tag. The quote extractor lemmatizes only cue verb candidates, so this
     * stays about as small as the speech-verb lexicon's forms; it is capped anyway.
     */
    final Map<String, String> lemmas = new java.util.HashMap<>();
  }

  /** Each thread's tools, made on its first document and reused for the next ones. */
  private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(Tools::new);

  /** A tagger for one document on the calling thread; not to be handed to other threads. */
  public Instance open() {
    return new Instance(tools.get());
  }

  /** Tagging with models bound to one thread, for one document. */
  public final class Instance {
    private final TokenizerME tokenizer;
    private final POSTaggerME posTagger;
    private final LemmatizerME lemmatizer;
    private final Map<String, String> lemmas;

    private Instance(Tools tools) {
      this.tokenizer = tools.tokenizer;
      this.posTagger = tools.posTagger;
      this.lemmatizer = tools.lemmatizer;
      this.lemmas = tools.lemmas;
    }

    /** Tokens and POS tags of {@code sentence} of {@code text}; lemmas not yet filled. */
    public TaggedSentence tag(String text, Span sentence) {
      return tag(text, sentence, List.of());
    }

    /**
     * Like {@link #tag(String, Span)}, but each of the ascending {@code masked} spans (the
     * inside of quotation marks) becomes one token tagged {@link TaggedSentence#QUOTE}: a
     * quotation is one phrase of the reporter's sentence, and its words need no tagging.
     */
    public TaggedSentence tag(String text, Span sentence, List<Span> masked) {
      return tag(text, sentence, masked, sentence.end());
    }

    /**
     * Like {@link #tag(String, Span, List)}, with POS tags only for tokens that start before
     * {@code tagUntil}; later tokens get the tag {@link TaggedSentence#UNTAGGED}.
     */
    public TaggedSentence tag(String text, Span sentence, List<Span> masked, int tagUntil) {
      // The models learnt straight apostrophes: "president’s" would stay one token. The
      // replacement keeps every offset, and the words keep the text as written.
      String slice = sentence.slice(text).replace('’', '\'');
      int base = sentence.start();
      List<int[]> pieces = new ArrayList<>();
      int from = 0;
      for (Span m : masked) {
        int ms = Math.max(m.start(), sentence.start()) - base;
        int me = Math.min(m.end(), sentence.end()) - base;
        if (me <= ms || ms < from) {
          continue;
        }
        tokenize(slice, from, ms, pieces);
        pieces.add(new int[] {ms, me, 1});
        from = me;
      }
      tokenize(slice, from, slice.length(), pieces);
      Span[] tokens = new Span[pieces.size()];
      String[] words = new String[pieces.size()];
      String[] plain = new String[pieces.size()];
      for (int i = 0; i < pieces.size(); i++) {
        int[] p = pieces.get(i);
        tokens[i] = new Span(base + p[0], base + p[1]);
        words[i] = tokens[i].slice(text);
        plain[i] = p.length > 2 ? "it" : slice.substring(p[0], p[1]);
      }
      int tagged = 0;
      while (tagged < tokens.length && tokens[tagged].start() < tagUntil) {
        tagged++;
      }
      String[] tags = new String[plain.length];
      tagInWindows(plain, tagged, tags);
      java.util.Arrays.fill(tags, tagged, tags.length, TaggedSentence.UNTAGGED);
      for (int i = 0; i < pieces.size(); i++) {
        if (pieces.get(i).length > 2) {
          tags[i] = TaggedSentence.QUOTE;
        }
      }
      return new TaggedSentence(sentence, tokens, words, tags, new String[words.length]);
    }

    /**
     * Tags the first {@code count} words into {@code tags}, at most {@link #WINDOW} at a time:
     * OpenNLP's beam search copies its sequence at every word, so one call on a sentence of n
     * words costs n squared. Each window after the first is tagged with a few words before it
     * as context, whose tags the previous window already gave.
     */
    private void tagInWindows(String[] plain, int count, String[] tags) {
      for (int from = 0; from < count; from += WINDOW) {
        int context = Math.min(from, CONTEXT);
        int to = Math.min(count, from + WINDOW);
        String[] window = java.util.Arrays.copyOfRange(plain, from - context, to);
        System.arraycopy(posTagger.tag(window), context, tags, from, to - from);
      }
    }

    private void tokenize(String slice, int from, int to, List<int[]> pieces) {
      if (to <= from) {
        return;
      }
      String part = slice.substring(from, to);
      if (part.isBlank()) {
        return;
      }
      for (opennlp.tools.util.Span t : tokenizer.tokenizePos(part)) {
        splitClitic(slice, from + t.getStart(), from + t.getEnd(), pieces);
      }
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
        if (lemmas.size() > MAX_CACHED_LEMMAS) {
          lemmas.clear(); // a caller lemmatizing every word must not grow it without end
        }
        s.lemmas()[i] = lemmas.computeIfAbsent(s.words()[i] + '\t' + s.tags()[i], key -> {
          String[] found = lemmatizer.lemmatize(new String[] {s.words()[i]},
              new String[] {s.tags()[i]});
          String lemma = found.length == 1 && !found[0].equals("O") ? found[0] : s.lower(i);
          return lemma.toLowerCase(Locale.ROOT);
        });
      }
      return s.lemmas()[i];
    }
  }
}
