package dev.precis.core;

import dev.precis.core.translate.LanguageCodes;
import dev.precis.core.translate.LanguageDetector;
import java.util.function.Supplier;

/**
 * Tells whether a document is English, the one language precis's splitter, summarizers and
 * quote rules are built for. English function words (the stop-word list) make up a large share
 * of the words of English text and a small one elsewhere: 0.23 to 0.57 (median 0.45) in the 230
 * articles of the summary and quote dev slices, at most 0.12 in 8-sentence chunks of the
 * NTREX Spanish, Catalan and Galician news (measured with the same list and a regex for words).
 * So a text above the threshold is English without consulting the statistical detector, whose
 * model would cost every short run its load time; below it, the detector decides.
 */
public final class EnglishCheck {
  /** Below this share of English function words, the language detector decides. */
  static final double ENGLISH_SHARE = 0.2;
  /** Fewer words than this say too little about the language to warn about it. */
  static final int MIN_WORDS = 30;

  private EnglishCheck() {}

  /**
   * The outcome: {@code english} unless the detector named another language with {@code
   * language} (ISO 639-3), {@code name} and its confidence.
   */
  public record Result(boolean english, String language, String name, double confidence) {
    static final Result ENGLISH = new Result(true, "eng", "English", 1);
  }

  public static Result check(String text, Lexicon stopWords, Supplier<LanguageDetector> detector) {
    int words = 0;
    int function = 0;
    // Words are runs of letters (an apostrophe between letters kept, "don't"); a scan, not a
    // regex, since this runs on every document of a one-document run.
    StringBuilder word = new StringBuilder(32);
    for (int i = 0; i <= text.length() && words < 5000; i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean apostrophe = (c == '\'' || c == '\u2019') && word.length() > 0
          && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
      if (Character.isLetter(c) || apostrophe) {
        word.append(apostrophe ? '\'' : Character.toLowerCase(c));
      } else if (word.length() > 0) {
        words++;
        if (stopWords.contains(word.toString())) {
          function++;
        }
        word.setLength(0);
      }
    }
    if (words < MIN_WORDS || function >= ENGLISH_SHARE * words) {
      return Result.ENGLISH;
    }
    LanguageDetector.Detection d = detector.get().detect(text);
    if (d.language().equals("eng")) {
      return Result.ENGLISH;
    }
    return new Result(false, d.language(), LanguageCodes.displayName(d.language()), d.confidence());
  }
}
