package dev.precis.core;

import dev.precis.core.keywords.KeyphraseExtractor;
import dev.precis.core.keywords.TextRankKeyphrases;
import dev.precis.core.quotes.CueJudge;
import dev.precis.core.quotes.QuoteExtractor;
import dev.precis.core.quotes.model.ModelQuoteExtractor;
import dev.precis.core.quotes.model.QuoteModel;
import dev.precis.core.quotes.RuleQuoteExtractor;
import dev.precis.core.quotes.SpeechVerbs;
import dev.precis.core.quotes.Tagger;
import dev.precis.core.quotes.NameNoise;
import dev.precis.core.quotes.Titles;
import dev.precis.core.split.NewsSentenceSplitter;
import dev.precis.core.split.OpenNlpBoundaryOracle;
import dev.precis.core.split.OpenNlpSentenceSplitter;
import dev.precis.core.split.SentenceSplitter;
import dev.precis.core.summary.AutoRanker;
import dev.precis.core.summary.LeadRanker;
import dev.precis.core.summary.LexRankRanker;
import dev.precis.core.summary.LuhnRanker;
import dev.precis.core.summary.Ranker;
import dev.precis.core.summary.SentenceFeatures;
import dev.precis.core.summary.SumBasicRanker;
import dev.precis.core.summary.TextAnalyzer;
import dev.precis.core.summary.TextRankRanker;
import dev.precis.core.summary.TrainedRanker;
import dev.precis.core.translate.ApertiumTranslator;
import dev.precis.core.translate.ApyTranslator;
import dev.precis.core.translate.DocumentTranslator;
import dev.precis.core.translate.LanguageDetector;
import dev.precis.core.translate.LibreTranslateTranslator;
import dev.precis.core.translate.Translator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * What a run of precis loads once and shares: models and lexicons, each loaded lazily on first
 * use (so {@code --help} never touches them) and safe to share between threads. Closing it
 * ends the translation engine's processes kept between documents.
 */
public final class Session implements AutoCloseable {
  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String LANGDETECT_MODEL = "/langdetect-183.bin";
  /** In seconds: a Duration constant would initialise java.time on every start-up. */
  private static final long TRANSLATION_TIMEOUT_SECONDS = 120;
  /** The splitter without the model's help, kept to measure what the model adds. */
  public static final String RULES_SPLITTER = "rules";

  // Each lazy value is a small subclass, not Lazy.of(lambda): see Lazy for why.
  private final Lazy<SentenceModel> sentenceModel = new Lazy<>() {
    @Override
    protected SentenceModel compute() {
      return loadSentenceModel();
    }
  };
  private final Lazy<Lexicon> abbreviations = new LexiconFile("abbreviations-en.txt");
  private final Lazy<Lexicon> starters = new LexiconFile("sentence-starters-en.txt");
  private final Lazy<Lexicon> cueVerbs = new LexiconFile("cue-verbs-en.txt");
  private final Lazy<SentenceSplitter> newsSplitter = new Lazy<>() {
    @Override
    protected SentenceSplitter compute() {
      return news(NewsSentenceSplitter.NAME, true);
    }
  };
  private final Lazy<SentenceSplitter> rulesSplitter = new Lazy<>() {
    @Override
    protected SentenceSplitter compute() {
      return news(RULES_SPLITTER, false);
    }
  };
  private final Lazy<SentenceSplitter> openNlpSplitter = new Lazy<>() {
    @Override
    protected SentenceSplitter compute() {
      return new OpenNlpSentenceSplitter(sentenceModel.get());
    }
  };
  private final Lazy<LanguageDetector> languageDetector = new Lazy<>() {
    @Override
    protected LanguageDetector compute() {
      return new LanguageDetector(loadLanguageModel());
    }
  };
  private final Lazy<List<String>> placeholderNames = new Lazy<>() {
    @Override
    protected List<String> compute() {
      return Lexicon.load("placeholder-surnames-en.txt").words().stream().sorted().toList();
    }
  };
  /** Set when a run will translate document after document (a shell, a corpus). */
  private volatile boolean manyDocuments;
  private final Lazy<Translator> apertium = new Lazy<>() {
    @Override
    protected Translator compute() {
      return new ApertiumTranslator(System.getenv("PATH"), () -> manyDocuments);
    }
  };
  /** Server backends by name and URL, so their pair lists are fetched once per run. */
  private final Map<String, Translator> servers = new ConcurrentHashMap<>();

  // OpenNLP's English UD models from Maven Central, shared by every stage that needs them.
  private static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMATIZER_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  /** The trained sentence ranker; models/README-ranker.md says how it is rebuilt. */
  public static final String RANKER_MODEL = "ranker-en.bin";

  private final Lazy<TokenizerModel> tokenizerModel = new Lazy<>() {
    @Override
    protected TokenizerModel compute() {
      return load(TOKENIZER_MODEL, TokenizerModel::new, "tokenizer");
    }
  };
  private final Lazy<POSModel> posModel = new Lazy<>() {
    @Override
    protected POSModel compute() {
      return load(POS_MODEL, POSModel::new, "part-of-speech");
    }
  };
  private final Lazy<LemmatizerModel> lemmatizerModel = new Lazy<>() {
    @Override
    protected LemmatizerModel compute() {
      return load(LEMMATIZER_MODEL, LemmatizerModel::new, "lemmatizer");
    }
  };
  private final Lazy<Tagger> tagger = new Lazy<>() {
    @Override
    protected Tagger compute() {
      return new Tagger(tokenizerModel.get(), posModel.get(), lemmatizerModel.get());
    }
  };
  private final Lazy<SpeechVerbs> speechVerbs = new Lazy<>() {
    @Override
    protected SpeechVerbs compute() {
      return new SpeechVerbs(Lexicon.load("speech-verbs-en.txt"));
    }
  };
  private final Lazy<Titles> titles = new Lazy<>() {
    @Override
    protected Titles compute() {
      return new Titles(Lexicon.load("titles-en.txt"));
    }
  };
  private final Lazy<NameNoise> nameNoise = new Lazy<>() {
    @Override
    protected NameNoise compute() {
      return new NameNoise(Lexicon.load("name-noise-en.txt"));
    }
  };
  private final Lazy<QuoteExtractor> ruleQuotes = new Lazy<>() {
    @Override
    protected QuoteExtractor compute() {
      return ruleQuoteExtractor(null);
    }
  };
  /** The trained attribution model; models/README-quotes-model.md says how it is rebuilt. */
  public static final String QUOTES_MODEL = "quotes-en.bin";
  private final Lazy<QuoteModel> quoteModel = new Lazy<>() {
    @Override
    protected QuoteModel compute() {
      try (InputStream in = Session.class.getResourceAsStream("/dev/precis/models/" + QUOTES_MODEL)) {
        return readQuoteModel("models/" + QUOTES_MODEL, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };
  /** Quote extractors over model files named on the command line, by name and path. */
  private final Map<String, QuoteExtractor> quoteModelsFromFiles = new ConcurrentHashMap<>();
  private final Lazy<Lexicon> stopWords = new LexiconFile("stopwords-en.txt");
  private final Lazy<TextAnalyzer> textAnalyzer = new Lazy<>() {
    @Override
    protected TextAnalyzer compute() {
      return new TextAnalyzer(tokenizerModel.get(), stopWords.get());
    }
  };
  private final Lazy<SentenceFeatures> sentenceFeatures = new Lazy<>() {
    @Override
    protected SentenceFeatures compute() {
      return new SentenceFeatures(cueVerbs.get());
    }
  };
  private final Lazy<Ranker> trainedRanker = new Lazy<>() {
    @Override
    protected Ranker compute() {
      return new TrainedRanker(loadRankerModel(), sentenceFeatures.get());
    }
  };

  /** A lexicon from {@code models/}, loaded on first use. */
  private static final class LexiconFile extends Lazy<Lexicon> {
    private final String name;

    LexiconFile(String name) {
      this.name = name;
    }

    @Override
    protected Lexicon compute() {
      return Lexicon.load(name);
    }
  }

  /** Names accepted by {@link #ranker}; the first is the default. */
  public static List<String> rankerNames() {
    return List.of(AutoRanker.NAME, LeadRanker.NAME, LuhnRanker.NAME, LexRankRanker.NAME,
        TextRankRanker.NAME, SumBasicRanker.NAME, TrainedRanker.NAME);
  }

  /** The sentence ranker called {@code name}; rankers without a model are cheap to create. */
  public Ranker ranker(String name) {
    switch (name) {
      case AutoRanker.NAME:
        return new AutoRanker(trainedRanker.get());
      case LeadRanker.NAME:
        return new LeadRanker();
      case LuhnRanker.NAME:
        return new LuhnRanker();
      case LexRankRanker.NAME:
        return new LexRankRanker();
      case TextRankRanker.NAME:
        return new TextRankRanker();
      case SumBasicRanker.NAME:
        return new SumBasicRanker();
      case TrainedRanker.NAME:
        return trainedRanker.get();
      default:
        throw new UnknownNameException("method", name, rankerNames());
    }
  }

  private final Lazy<KeyphraseExtractor> keyphrases = new Lazy<>() {
    @Override
    protected KeyphraseExtractor compute() {
      return new TextRankKeyphrases(posModel.get(), textAnalyzer.get(),
          Lexicon.load("titles-en.txt"));
    }
  };

  /** The key phrase extractor (TextRank over noun phrases). */
  public KeyphraseExtractor keyphrases() {
    return keyphrases.get();
  }

  /** A trained ranker from a model file (as written by {@code precis train ranker}). */
  public Ranker trainedRanker(java.nio.file.Path modelFile) {
    try (InputStream in = java.nio.file.Files.newInputStream(modelFile)) {
      return new TrainedRanker(new GenericModelReader(new BinaryFileDataReader(in)).getModel(),
          sentenceFeatures.get());
    } catch (IOException e) {
      throw new InputException(modelFile.toString(), "cannot read the ranker model: " + e.getMessage(),
          "give a file written by `precis train ranker`");
    }
  }

  /** The shared tokenizer / stemmer / stop-word layer. */
  public TextAnalyzer textAnalyzer() {
    return textAnalyzer.get();
  }

  public SentenceFeatures sentenceFeatures() {
    return sentenceFeatures.get();
  }

  /** What each sentence is on the page (story, heading, byline, ...); stateless, shared. */
  public dev.precis.core.kinds.SentenceClassifier sentenceClassifier() {
    return SENTENCE_CLASSIFIER;
  }

  private static final dev.precis.core.kinds.SentenceClassifier SENTENCE_CLASSIFIER =
      new dev.precis.core.kinds.RuleSentenceClassifier();

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
    return List.of(RuleQuoteExtractor.NAME, ModelQuoteExtractor.MODEL, ModelQuoteExtractor.COMBINED);
  }

  public QuoteExtractor quoteExtractor(String name) {
    return quoteExtractor(name, null);
  }

  /**
   * The quote extractor called {@code name}; {@code modelFile}, when not null, replaces the
   * shipped attribution model of {@code model} and {@code combined}.
   */
  public QuoteExtractor quoteExtractor(String name, java.nio.file.Path modelFile) {
    if (name.equals(RuleQuoteExtractor.NAME)) {
      return ruleQuotes.get();
    }
    if (!name.equals(ModelQuoteExtractor.MODEL) && !name.equals(ModelQuoteExtractor.COMBINED)) {
      throw new UnknownNameException("quote extractor", name, quoteExtractorNames());
    }
    String key = name + " " + modelFile;
    return quoteModelsFromFiles.computeIfAbsent(key, k -> modelQuoteExtractor(name,
        modelFile == null ? quoteModel.get() : readQuoteModel(modelFile)));
  }

  /** An extractor of {@code name} ({@code model} or {@code combined}) over {@code model}. */
  public QuoteExtractor modelQuoteExtractor(String name, QuoteModel model) {
    boolean combined = name.equals(ModelQuoteExtractor.COMBINED);
    return new ModelQuoteExtractor(name, ruleQuoteExtractor(model.judge(combined)), model,
        ModelQuoteExtractor.KEEP_AT);
  }

  /** The rule extractor with {@code judge} (may be null) deciding cues of reported speech. */
  public RuleQuoteExtractor ruleQuoteExtractor(CueJudge judge) {
    return new RuleQuoteExtractor(tagger.get(), speechVerbs.get(), titles.get(), nameNoise.get(),
        judge);
  }

  /** How the shipped quote model is rebuilt, for the message about a missing or broken one. */
  public static final String QUOTES_MODEL_REBUILD = "rebuild it with `precis train quotes --out "
      + "models/" + QUOTES_MODEL + " ../shared/data/quotes/polnear-train.jsonl`, see "
      + "models/README-quotes-model.md";

  private static QuoteModel readQuoteModel(java.nio.file.Path file) {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return readQuoteModel(file.toString(), in);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ModelException(file.toString(), "no such quote model", QUOTES_MODEL_REBUILD);
    } catch (IOException e) {
      throw new ModelException(file.toString(), "cannot read the quote model: " + e.getMessage(),
          QUOTES_MODEL_REBUILD);
    }
  }

  private static QuoteModel readQuoteModel(String source, InputStream in) {
    if (in == null) {
      throw new ModelException(source, "the quote model is missing", QUOTES_MODEL_REBUILD);
    }
    try {
      return QuoteModel.read(in);
    } catch (IOException e) {
      throw new ModelException(source, "cannot read the quote model: " + e.getMessage(),
          QUOTES_MODEL_REBUILD);
    }
  }

  /** OpenNLP's tokenizer, POS tagger and lemmatizer, loaded on first use. */
  public Tagger tagger() {
    return tagger.get();
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
            URI.create(url == null ? ApyTranslator.DEFAULT_URL : url),
            Duration.ofSeconds(TRANSLATION_TIMEOUT_SECONDS)));
      case LibreTranslateTranslator.NAME:
        return servers.computeIfAbsent(name + " " + url, k -> new LibreTranslateTranslator(
            URI.create(url == null ? LibreTranslateTranslator.DEFAULT_URL : url),
            Duration.ofSeconds(TRANSLATION_TIMEOUT_SECONDS), System.getenv("LIBRETRANSLATE_API_KEY")));
      default:
        throw new UnknownNameException("translator", name, translatorNames());
    }
  }

  /**
   * Says that this run will process many documents (a shell session, a JSON Lines corpus),
   * so engines with a slow start keep one started ahead for the next document.
   */
  public void expectManyDocuments() {
    manyDocuments = true;
  }

  /**
   * Ends the programs kept running for later documents (Apertium's analysers and pipelines
   * started ahead), as after a cancelled command; the next translation starts them again.
   */
  public void endProcesses() {
    Translator engine = apertium.computedOrNull();
    if (engine != null) {
      engine.close();
    }
  }

  @Override
  public void close() {
    Translator engine = apertium.computedOrNull();
    if (engine != null) {
      engine.close();
    }
    for (Translator server : servers.values()) {
      server.close();
    }
  }

  /** The per-document translation hook over the named backend. */
  public DocumentTranslator documentTranslator(String name, String url) {
    return new DocumentTranslator(translator(name, url), languageDetector,
        placeholderNames.get());
  }

  public LanguageDetector languageDetector() {
    return languageDetector.get();
  }

  public Lexicon cueVerbs() {
    return cueVerbs.get();
  }

  /**
   * Whether {@code text} is in a language other than English, the only one precis's rules and
   * models know; detected once per text, and the language model loads only for text whose
   * words are not plainly English.
   */
  public EnglishCheck.Result checkEnglish(String text) {
    return EnglishCheck.check(text, stopWords.get(), languageDetector);
  }

  private SentenceSplitter news(String name, boolean withModel) {
    NewsSentenceSplitter.BoundaryOracle oracle =
        withModel ? new OpenNlpBoundaryOracle(sentenceModel) : null;
    return new NewsSentenceSplitter(name, abbreviations.get(), starters, cueVerbs, oracle);
  }

  /** Reads a model from the class path with {@code reader}. */
  interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader, String what) {
    try (InputStream in = Session.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP " + what + " model missing from the class path");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP " + what + " model", e);
    }
  }

  private static MaxentModel loadRankerModel() {
    return load("/dev/precis/models/" + RANKER_MODEL,
        in -> new GenericModelReader(new BinaryFileDataReader(in)).getModel(), "sentence ranker");
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
