package dev.precis.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * What a run of precis loads once and shares: models and lexicons, each loaded lazily on first
 * use (so {@code --help} never touches them) and safe to share between threads.
 */
public final class Session {
  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
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

  public Lexicon cueVerbs() {
    return cueVerbs.get();
  }

  private SentenceSplitter news(String name, boolean withModel) {
    NewsSentenceSplitter.BoundaryOracle oracle =
        withModel ? new OpenNlpBoundaryOracle(sentenceModel) : null;
    return new NewsSentenceSplitter(name, abbreviations.get(), starters.get(), cueVerbs.get(), oracle);
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
