package dev.precis.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * What a run of precis loads once and shares: models and lexicons, each loaded lazily on first
 * use (so {@code --help} never touches them) and safe to share between threads.
 */
public final class Session {
  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMATIZER_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  /** The splitter without the model's help, kept to measure what the model adds. */
  public static final String RULES_SPLITTER = "rules";

  private final Lazy<SentenceModel> sentenceModel = Lazy.of(Session::loadSentenceModel);
  private final Lazy<Lexicon> abbreviations = Lazy.of(() -> Lexicon.load("abbreviations-en.txt"));
  private final Lazy<Lexicon> starters = Lazy.of(() -> Lexicon.load("sentence-starters-en.txt"));
  private final Lazy<Lexicon> cueVerbs = Lazy.of(() -> Lexicon.load("cue-verbs-en.txt"));
  private final Lazy<SentenceSplitter> newsSplitter = Lazy.of(() -> news(NewsSentenceSplitter.NAME, true));
  private final Lazy<SentenceSplitter> rulesSplitter = Lazy.of(() -> news(RULES_SPLITTER, false));
  private final Lazy<SentenceSplitter> openNlpSplitter =
      Lazy.of(() -> new OpenNlpSentenceSplitter(sentenceModel.get()));

  private final Lazy<Tagger> tagger = Lazy.of(() -> new Tagger(
      load(TOKENIZER_MODEL, TokenizerModel::new), load(POS_MODEL, POSModel::new),
      load(LEMMATIZER_MODEL, LemmatizerModel::new)));
  private final Lazy<QuoteExtractor> ruleQuotes = Lazy.of(() -> new RuleQuoteExtractor(
      tagger.get(), new SpeechVerbs(Lexicon.load("speech-verbs-en.txt")),
      new Titles(Lexicon.load("titles-en.txt"))));

  /** Names accepted by {@link #splitter}; the first is the default. */
  public static List<String> splitterNames() {
    return List.of(NewsSentenceSplitter.NAME, OpenNlpSentenceSplitter.NAME, RULES_SPLITTER);
  }

  public SentenceSplitter splitter(String name) {
    switch (name) {
      case NewsSentenceSplitter.NAME:
        return newsSplitter.get();
      case OpenNlpSentenceSplitter.NAME:
        return openNlpSplitter.get();
      case RULES_SPLITTER:
        return rulesSplitter.get();
      default:
        throw new UnknownNameException("splitter", name, splitterNames());
    }
  }

  /** Names accepted by {@link #quoteExtractor}; the first is the default. */
  public static List<String> quoteExtractorNames() {
    return List.of(RuleQuoteExtractor.NAME);
  }

  public QuoteExtractor quoteExtractor(String name) {
    if (name.equals(RuleQuoteExtractor.NAME)) {
      return ruleQuotes.get();
    }
    throw new UnknownNameException("quote extractor", name, quoteExtractorNames());
  }

  /** OpenNLP's tokenizer, POS tagger and lemmatizer, loaded on first use. */
  public Tagger tagger() {
    return tagger.get();
  }

  public Lexicon cueVerbs() {
    return cueVerbs.get();
  }

  private SentenceSplitter news(String name, boolean withModel) {
    NewsSentenceSplitter.BoundaryOracle oracle =
        withModel ? new OpenNlpBoundaryOracle(sentenceModel.get()) : null;
    return new NewsSentenceSplitter(name, abbreviations.get(), starters.get(), cueVerbs.get(), oracle);
  }

  /** A model reader that may fail with an I/O error. */
  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = Session.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " missing from the class path");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP model " + resource, e);
    }
  }

  private static SentenceModel loadSentenceModel() {
    try (InputStream in = Session.class.getResourceAsStream(SENTENCE_MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP sentence model missing from the class path");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP sentence model", e);
    }
  }
}
