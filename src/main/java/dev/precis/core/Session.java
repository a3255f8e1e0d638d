package dev.precis.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import dev.precis.core.translate.ApertiumTranslator;
import dev.precis.core.translate.ApyTranslator;
import dev.precis.core.translate.DocumentTranslator;
import dev.precis.core.translate.LanguageDetector;
import dev.precis.core.translate.LibreTranslateTranslator;
import dev.precis.core.translate.Translator;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * What a run of precis loads once and shares: models and lexicons, each loaded lazily on first
 * use (so {@code --help} never touches them) and safe to share between threads.
 */
public final class Session {
  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String LANGDETECT_MODEL = "/langdetect-183.bin";
  private static final Duration TRANSLATION_TIMEOUT = Duration.ofSeconds(120);
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
  private final Lazy<LanguageDetector> languageDetector =
      Lazy.of(() -> new LanguageDetector(loadLanguageModel()));
  private final Lazy<List<String>> placeholderNames = Lazy.of(() ->
      Lexicon.load("placeholder-surnames-en.txt").words().stream().sorted().toList());
  private final Lazy<Translator> apertium = Lazy.of(ApertiumTranslator::onPath);
  /** Server backends by name and URL, so their pair lists are fetched once per run. */
  private final Map<String, Translator> servers = new ConcurrentHashMap<>();

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

  /** Names accepted by {@link #translator}; the first is the default. */
  public static List<String> translatorNames() {
    return List.of(ApertiumTranslator.NAME, ApyTranslator.NAME, LibreTranslateTranslator.NAME);
  }

  /** A translation backend; {@code url} is for the server backends (null: their default). */
  public Translator translator(String name, String url) {
    switch (name) {
      case ApertiumTranslator.NAME:
        return apertium.get();
      case ApyTranslator.NAME:
        return servers.computeIfAbsent(name + " " + url, k -> new ApyTranslator(
            URI.create(url == null ? ApyTranslator.DEFAULT_URL : url), TRANSLATION_TIMEOUT));
      case LibreTranslateTranslator.NAME:
        return servers.computeIfAbsent(name + " " + url, k -> new LibreTranslateTranslator(
            URI.create(url == null ? LibreTranslateTranslator.DEFAULT_URL : url),
            TRANSLATION_TIMEOUT, System.getenv("LIBRETRANSLATE_API_KEY")));
      default:
        throw new UnknownNameException("translator", name, translatorNames());
    }
  }

  /** The per-document translation hook over the named backend. */
  public DocumentTranslator documentTranslator(String name, String url) {
    return new DocumentTranslator(translator(name, url), languageDetector.get(),
        placeholderNames.get());
  }

  public LanguageDetector languageDetector() {
    return languageDetector.get();
  }

  public Lexicon cueVerbs() {
    return cueVerbs.get();
  }

  private SentenceSplitter news(String name, boolean withModel) {
    NewsSentenceSplitter.BoundaryOracle oracle =
        withModel ? new OpenNlpBoundaryOracle(sentenceModel.get()) : null;
    return new NewsSentenceSplitter(name, abbreviations.get(), starters.get(), cueVerbs.get(), oracle);
  }

  private static LanguageDetectorModel loadLanguageModel() {
    try (InputStream in = Session.class.getResourceAsStream(LANGDETECT_MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP language detection model missing from the class path");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP language detection model", e);
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
