package dev.precis.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Document;
import dev.precis.core.InputException;
import dev.precis.core.Lines;
import dev.precis.core.Session;
import dev.precis.core.Span;
import dev.precis.core.keywords.KeyphraseExtractor.Keyphrase;
import dev.precis.core.quotes.Quote;
import dev.precis.core.quotes.QuoteExtractor;
import dev.precis.core.summary.Article;
import dev.precis.core.summary.AutoRanker;
import dev.precis.core.summary.GivenSentences;
import dev.precis.core.summary.Ranker;
import dev.precis.core.summary.Summarizer;
import dev.precis.core.summary.Summary;
import dev.precis.core.summary.SummaryOptions;
import dev.precis.core.summary.Titles;
import dev.precis.core.translate.DocumentTranslator;
import dev.precis.core.translate.Translation;
import dev.precis.core.translate.TranslationRequest;
import dev.precis.html.ArticleExtractor;
import dev.precis.html.InputKind;
import dev.precis.html.Inputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * precis as a library: one method per task, each taking an {@link ArticleInput} and an options
 * value and returning an immutable result, exactly as the {@code precis} command runs it.
 * HTML input is first reduced to its article, and every offset in a result refers to that
 * text ({@code result.input().text()}).
 *
 * <p>Models load on first use, once per {@link Session}, and are shared: one instance serves
 * any number of threads. Create one per application and close it at the end.
 *
 * <pre>{@code
 * try (Precis precis = Precis.create()) {
 *   SummaryResult result = precis.summarize(ArticleInput.of(text),
 *       SummarizeOptions.builder().sentences(2).build());
 *   result.sentences().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class Precis implements AutoCloseable {
  /** The splitter every task but {@link #split} works with. */
  private static final String SPLITTER = "precis";
  private final Session session;
  private final boolean ownsSession;

  private Precis(Session session, boolean ownsSession) {
    this.session = session;
    this.ownsSession = ownsSession;
  }

  /** A new instance with its own {@link Session}, closed by {@link #close}. */
  public static Precis create() {
    return new Precis(new Session(), true);
  }

  /** An instance on a session its caller owns (and closes). */
  public static Precis on(Session session) {
    return new Precis(session, false);
  }

  /** The session whose models this instance uses. */
  public Session session() {
    return session;
  }

  /** The input with HTML reduced to its article text; plain text unchanged. */
  public ArticleInput article(ArticleInput input) {
    String text = Inputs.toArticleText(input.source(), input.text(), input.effectiveKind());
    if (text.equals(input.text()) && !input.html()) {
      return input;
    }
    // Offsets refer to the article text, which the user never saw: it goes along in the
    // record's "text" field so that text[start:end] still works.
    ObjectNode fields = input.fieldsCopy();
    fields.put("text", text);
    // It is text now: a later pass must not read it as HTML again (--input html).
    return new ArticleInput(input.source(), text, fields, false, InputKind.TEXT);
  }

  /** The article's paragraphs and sentences. */
  public SplitResult split(ArticleInput input, SplitOptions options) {
    ArticleInput article = article(input);
    Document document = session.splitter(options.splitter()).apply(Document.of(article.text()));
    if (options.kinds()) {
      document = session.sentenceClassifier().apply(document);
    }
    Translation translated = translate(article, options.translation(),
        document.sentences().stream().map(document::text).toList(), Set.of());
    return new SplitResult(article, document, translated);
  }

  /** The article's most important sentences, verbatim. */
  public SummaryResult summarize(ArticleInput input, SummarizeOptions options) {
    ArticleInput article = article(input);
    Prepared ready = prepared(article, options, true);
    Article prepared = ready.article();
    String titleText = ready.title();
    Ranker ranker = session.ranker(options.method());
    double diversity = options.diversity() != null ? options.diversity()
        : ranker.defaultDiversity();
    Summary summary = Summarizer.summarize(prepared, ranker,
        new SummaryOptions(options.length(), diversity, options.order(), options.minWords(),
            true));
    String resolved = ranker instanceof AutoRanker auto ? auto.delegate().name() : ranker.name();
    Translation translated = translate(article, options.translation(),
        summary.texts(), Set.of());
    return new SummaryResult(article, summary, options.method(), resolved, titleText, options,
        translated);
  }

  /**
   * The article as the summarizers read it: HTML reduced, the record's own sentences kept
   * (else split), sentence kinds set unless {@code kinds} is false, and the title taken from
   * the options, the record or (when neither gives one and the sentences are not given)
   * the text itself. {@code eval} scores every method on one preparation.
   */
  public Article prepare(ArticleInput input, SummarizeOptions options, boolean kinds) {
    return prepared(article(input), options, kinds).article();
  }

  /** An article prepared for summarizing, with the title it was given or found. */
  private record Prepared(Article article, String title) {}

  private Prepared prepared(ArticleInput article, SummarizeOptions options, boolean kinds) {
    List<String> given = givenSentences(article.fields());
    Document split = given != null
        ? GivenSentences.apply(article.source(), article.text(), given)
        : session.splitter(SPLITTER).apply(Document.of(article.text()));
    // Headings, bylines, captions and the like are marked so that no method chooses them.
    Document document = kinds ? session.sentenceClassifier().apply(split) : split;
    Span titleSpan = null;
    String titleText = options.title();
    if (titleText == null && article.fields() != null
        && article.fields().path("title").isTextual()) {
      titleText = article.fields().get("title").asText();
    }
    if (titleText == null && given == null && !options.noTitle()) {
      titleSpan = Titles.detect(document);
      titleText = titleSpan == null ? null : document.text(titleSpan);
    }
    return new Prepared(Article.of(document, titleSpan, titleText, session.textAnalyzer()),
        titleText);
  }

  /**
   * Loads the quote extractor of {@code options} (and its model file) before any input is
   * read; throws when the name is unknown or the model cannot be read.
   */
  public void checkQuotes(QuotesOptions options) {
    quoteExtractor(options);
  }

  private QuoteExtractor quoteExtractor(QuotesOptions options) {
    return session.quoteExtractor(options.extractor(),
        options.modelFile() == null ? null : Path.of(options.modelFile()));
  }

  /** Every quotation of the article the options keep, in order. */
  public QuotesResult quotes(ArticleInput input, QuotesOptions options) {
    ArticleInput article = article(input);
    Document document = session.splitter(SPLITTER).apply(Document.of(article.text()));
    List<Quote> all = quoteExtractor(options).extract(document);
    Set<String> asked = options.speaker() == null ? null
        : speakersNamed(document.text(), all, options.speaker());
    List<Quote> quotes = all.stream()
        .filter(q -> options.kinds().contains(q.kind()))
        .filter(q -> asked == null || q.speaker() != null && asked.contains(q.speaker()))
        .toList();
    Translation translated = null;
    if (options.translation().enabled()) {
      // Speakers are names, not words: they are kept as written in the translation.
      Set<String> names = new HashSet<>();
      for (Quote q : quotes) {
        if (q.speaker() != null) {
          names.add(q.speaker());
        }
        if (q.speakerMention() != null) {
          names.add(document.text(q.speakerMention()));
        }
      }
      translated = translate(article, options.translation(), quoteTexts(document, quotes), names);
    }
    return new QuotesResult(article, document, quotes, translated);
  }

  /** The texts of {@code quotes} that a translation covers, in order. */
  private static List<String> quoteTexts(Document document, List<Quote> quotes) {
    return quotes.stream().map(q -> document.text(q.span())).toList();
  }

  /**
   * The speakers of {@code quotes} that {@code name} names: the one with that whole name, or
   * else those whose name ends with it. When a surname is shared ("Trump" for Donald and
   * Melania Trump), it means the person the article itself calls by the bare surname, or
   * failing that the one it quotes first.
   */
  private static Set<String> speakersNamed(String text, List<Quote> quotes, String name) {
    Set<String> whole = new LinkedHashSet<>();
    Set<String> ending = new LinkedHashSet<>();
    for (Quote q : quotes) {
      if (q.speaker() != null && normalise(q.speaker()).equals(normalise(name))) {
        whole.add(q.speaker());
      } else if (speaks(q.speaker(), name)) {
        ending.add(q.speaker());
      }
    }
    if (!whole.isEmpty() || ending.size() <= 1) {
      return whole.isEmpty() ? ending : whole;
    }
    for (Quote q : quotes) {
      if (ending.contains(q.speaker()) && q.speakerMention() != null
          && normalise(q.speakerMention().slice(text)).equals(normalise(name))) {
        return Set.of(q.speaker());
      }
    }
    return Set.of(ending.iterator().next());
  }

  /** Whether {@code name} names {@code canonical}: all of it, or its last words. */
  private static boolean speaks(String canonical, String name) {
    if (canonical == null) {
      return false;
    }
    String c = normalise(canonical);
    String n = normalise(name);
    return c.equals(n) || c.endsWith(" " + n);
  }

  private static String normalise(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The article's key phrases, best first. */
  public KeywordsResult keywords(ArticleInput input, KeywordsOptions options) {
    ArticleInput article = article(input);
    Document document = session.splitter(SPLITTER).apply(Document.of(article.text()));
    List<Keyphrase> phrases = session.keyphrases().extract(document, options.top());
    return new KeywordsResult(article, document, phrases);
  }

  /**
   * The article of an HTML page: title, byline, language, body. Input that is not HTML (as
   * its kind says) passes through as the body.
   */
  public ExtractResult extract(ArticleInput input, ExtractOptions options) {
    dev.precis.html.Article article = Inputs.article(input.source(), input.text(),
        input.effectiveKind(), ArticleExtractor.named(options.extractor()));
    return new ExtractResult(input, article);
  }

  /** The article translated paragraph by paragraph. */
  public TranslateResult translate(ArticleInput input, TranslationSettings settings) {
    if (!settings.enabled()) {
      throw new IllegalArgumentException("no target language");
    }
    ArticleInput article = article(input);
    Document document = Document.of(article.text());
    List<String> paragraphs = document.paragraphs().stream().map(document::text).toList();
    return new TranslateResult(article, document, null,
        translate(article, settings, paragraphs, Set.of()));
  }

  /**
   * The article translated line by line: one segment per non-blank line, for
   * sentence-per-line corpora (FLORES, NTREX) that must line up with a reference.
   */
  public TranslateResult translateLines(ArticleInput input, TranslationSettings settings) {
    if (!settings.enabled()) {
      throw new IllegalArgumentException("no target language");
    }
    ArticleInput article = article(input);
    List<Span> lines = Lines.nonBlank(article.text());
    List<String> texts = lines.stream().map(s -> s.slice(article.text())).toList();
    return new TranslateResult(article, Document.of(article.text()), lines,
        translate(article, settings, texts, Set.of()));
  }

  /**
   * {@code segments} translated in one batch, in order and one for one (blank ones too), as
   * {@code eval translate} scores them against line-aligned references; {@code source}
   * names them in error messages.
   */
  public Translation translateSegments(String source, List<String> segments,
      TranslationSettings settings) {
    if (!settings.enabled()) {
      throw new IllegalArgumentException("no target language");
    }
    return translator(settings).translate(source, String.join("\n", segments), segments,
        settings.request(), Set.of());
  }

  /** The article's language. */
  public DetectResult detect(ArticleInput input) {
    ArticleInput article = article(input);
    if (article.text().isBlank()) {
      // The detector still answers for nothing at all ("tur 0.010 Turkish"): say so instead.
      throw new InputException(article.source(), "no text to detect the language of", null);
    }
    return new DetectResult(article, Document.of(article.text()),
        session.languageDetector().detect(article.text()));
  }

  /**
   * Checks language codes, backend and installed pairs of {@code settings} before any input
   * is read; throws when they cannot work. Nothing to check when no translation is asked.
   */
  public void checkTranslation(TranslationSettings settings) {
    if (!settings.enabled()) {
      return;
    }
    TranslationRequest request = settings.request();
    translator(settings).checkTarget(request.from(), request.to());
  }

  private DocumentTranslator translator(TranslationSettings settings) {
    return session.documentTranslator(settings.translator(), settings.url());
  }

  /** The translations of {@code texts}, strings of the article, in one batch; null if none. */
  private Translation translate(ArticleInput article, TranslationSettings settings,
      List<String> texts, Set<String> protectedNames) {
    if (!settings.enabled()) {
      return null;
    }
    return translator(settings).translate(article.source(), article.text(), texts,
        settings.request(), protectedNames);
  }

  private static List<String> givenSentences(ObjectNode fields) {
    if (fields == null || !fields.path("sentences").isArray()) {
      return null;
    }
    List<String> result = new ArrayList<>();
    for (JsonNode s : fields.get("sentences")) {
      result.add(s.asText());
    }
    return result;
  }

  /** Closes the session when this instance created it. */
  @Override
  public void close() {
    if (ownsSession) {
      session.close();
    }
  }
}
