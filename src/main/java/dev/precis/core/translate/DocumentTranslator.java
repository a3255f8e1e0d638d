package dev.precis.core.translate;

import dev.precis.core.InputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Translates the strings of one document in one batch: detects the document's language when
 * asked, passes text already in the target language through, picks the backend's pair, masks
 * names and verbatim tokens, and returns one translation per string, in order. Any command can
 * translate what it prints through this class; a list of protected names (such as quote
 * speakers) keeps those names as written.
 */
public final class DocumentTranslator {
  /** Larger documents are refused: Apertium's time grows faster than linearly on them. */
  public static final int MAX_DOCUMENT_CHARS = 5_000_000;
  /** A single token this long (a pasted blob) took Apertium over a minute at 200,000 chars. */
  public static final int MAX_TOKEN_CHARS = 1_000;
  /** OpenNLP's confidence for whole news articles is near 1; a few words score near 0. */
  static final double SURE_DETECTION = 0.5;

  private final Translator translator;
  /** Loaded on the first detection, beside the engine's start: the model takes ~0.3 s. */
  private final Supplier<LanguageDetector> detector;
  private final List<String> placeholderNames;

  /**
   * A translator over {@code translator}; {@code placeholderNames} are proper nouns that may
   * stand in for masked names (see {@link NameProtector}).
   */
  public DocumentTranslator(Translator translator, Supplier<LanguageDetector> detector,
      List<String> placeholderNames) {
    this.translator = translator;
    this.detector = detector;
    this.placeholderNames = List.copyOf(placeholderNames);
  }

  public Translator translator() {
    return translator;
  }

  /**
   * Translates {@code segments} (strings of the document {@code source}, whose whole text
   * {@code documentText} is used for language detection) as {@code request} says.
   */
  public Translation translate(String source, String documentText, List<String> segments,
      TranslationRequest request, Set<String> protectedNames) {
    checkSize(source, segments);
    if (segments.stream().allMatch(String::isBlank)) {
      return new Translation(request.from() == null ? "und" : request.from(), Double.NaN,
          request.to(), translator.name(), null, true, segments, Set.of());
    }
    List<String> nonEmpty = new ArrayList<>();
    for (String s : segments) {
      if (!s.isBlank()) {
        nonEmpty.add(s);
      }
    }
    String from = request.from();
    double confidence = Double.NaN;
    LanguagePair guess = null;
    Masked masked = null;
    CompletableFuture<List<String>> early = null;
    if (from == null) {
      // Detection (mostly loading the model) runs beside the work for the only pair that
      // leads to the target, if there is one, and the engine starts on that guess without
      // waiting for it (on a 1 MB article detection ended up to 0.5 s after masking). A wrong
      // guess (text already in the target language, or in one without a pair) only costs the
      // engine work that nobody reads.
      CompletableFuture<LanguageDetector.Detection> detection =
          CompletableFuture.supplyAsync(() -> detect(documentText, request.to()));
      guess = onlyPairInto(request.to());
      if (guess != null) {
        translator.prepare(guess, nonEmpty, request.markUnknown());
        masked = mask(guess, nonEmpty, protectedNames);
        early = startTranslation(guess, masked, request.markUnknown());
      }
      LanguageDetector.Detection d = join(detection);
      from = d.language();
      confidence = d.confidence();
    }
    if (from.equals(request.to())) {
      return new Translation(from, confidence, request.to(), translator.name(), null, true,
          segments, Set.of());
    }
    LanguagePair pair = pair(source, from, request.to());
    if (!pair.equals(guess)) {
      translator.prepare(pair, nonEmpty, request.markUnknown());
      masked = mask(pair, nonEmpty, protectedNames);
    }
    NameProtector protector = masked.protector();
    List<String> output = early != null && pair.equals(guess) ? join(early)
        : translator.translate(pair, masked.segments(), request.markUnknown(), protector::restore);
    List<String> texts = new ArrayList<>(segments.size());
    int next = 0;
    for (String s : segments) {
      texts.add(s.isBlank() ? s : output.get(next++));
    }
    return new Translation(from, confidence, request.to(), translator.name(), pair.id(), false,
        texts, protector.masked());
  }

  /**
   * The translation of {@code masked} along {@code pair}, on a thread of its own: the common
   * pool may have a single thread, busy detecting the language.
   */
  private CompletableFuture<List<String>> startTranslation(LanguagePair pair, Masked masked,
      boolean markUnknown) {
    CompletableFuture<List<String>> result = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        result.complete(translator.translate(pair, masked.segments(), markUnknown,
            masked.protector()::restore));
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    }, "translation");
    thread.setDaemon(true);
    thread.start();
    return result;
  }

  /** Segments ready for the engine and the protector that restores their names. */
  private record Masked(NameProtector protector, List<String> segments) {}

  private Masked mask(LanguagePair pair, List<String> segments, Set<String> protectedNames) {
    NameProtector protector = new NameProtector(placeholderNames);
    List<String> input = translator.needsNameProtection()
        ? protector.protect(segments, protectedNames, words -> translator.classify(pair, words))
        : segments;
    return new Masked(protector, input);
  }

  /**
   * The pair into {@code to} when only one source language leads there (a started process
   * of a wrong guess is not wasted: it waits for the next document).
   */
  private LanguagePair onlyPairInto(String to) {
    List<LanguagePair> into = translator.pairs().stream().filter(p -> p.to().equals(to)).toList();
    if (into.isEmpty() || !into.stream().allMatch(p -> p.from().equals(into.get(0).from()))) {
      return null;
    }
    return pair(null, into.get(0).from(), to);
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * The document's language. A sure detection stands even without a pair (the user learns
   * the language is not offered), and so does a detection of the target language itself
   * (the text passes through); an unsure one, as short texts give, goes to the most likely
   * language the backend can translate to {@code to} from.
   */
  private LanguageDetector.Detection detect(String text, String to) {
    List<LanguageDetector.Detection> ranked = detector.get().ranked(text);
    LanguageDetector.Detection best = ranked.get(0);
    if (best.confidence() >= SURE_DETECTION || best.language().equals(to)) {
      return best;
    }
    Set<String> usable = new java.util.HashSet<>();
    translator.pairs().stream().filter(p -> p.to().equals(to)).forEach(p -> usable.add(p.from()));
    return ranked.stream().filter(d -> usable.contains(d.language())).findFirst().orElse(best);
  }

  /** The backend's pair for from → to, preferring the plain pair over regional variants. */
  public LanguagePair pair(String source, String from, String to) {
    return translator.pairs().stream()
        .filter(p -> p.from().equals(from) && p.to().equals(to))
        .min(Comparator.comparingInt((LanguagePair p) -> p.id().length()))
        .orElseThrow(() -> new InputException(source,
            "no " + from + "-" + to + " pair in " + translator.name() + " (installed: "
                + describe(translator.pairs()) + ")",
            ApertiumTranslator.NAME.equals(translator.name())
                ? DebianPackages.installHint(from, to) : "see 'precis languages'"));
  }

  /** Checks that some installed pair reaches {@code to} (from {@code from} when given). */
  public void checkTarget(String from, String to) {
    if (to.equals(from)) {
      return; // the text passes through as it is: no pair, no engine needed
    }
    translator.checkAvailable();
    boolean any = translator.pairs().stream()
        .anyMatch(p -> p.to().equals(to) && (from == null || p.from().equals(from)));
    if (!any) {
      pair(null, from == null ? "*" : from, to);
    }
  }

  static String describe(List<LanguagePair> pairs) {
    if (pairs.isEmpty()) {
      return "none";
    }
    return pairs.stream().map(LanguagePair::id).distinct().collect(Collectors.joining(", "));
  }

  private static void checkSize(String source, List<String> segments) {
    long total = 0;
    for (String s : segments) {
      total += s.length();
      int run = 0;
      for (int i = 0; i < s.length(); i++) {
        run = Character.isWhitespace(s.charAt(i)) ? 0 : run + 1;
        if (run > MAX_TOKEN_CHARS) {
          throw new InputException(source, "a single token of more than " + MAX_TOKEN_CHARS
              + " characters cannot be translated", "break it up or leave it out");
        }
      }
    }
    if (total > MAX_DOCUMENT_CHARS) {
      throw new InputException(source, "document too large to translate (" + total
          + " characters, limit " + MAX_DOCUMENT_CHARS + ")", "split it into smaller documents");
    }
  }
}
