package dev.precis.core.translate;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies the language of a whole document with OpenNLP's language detector (ISO 639-3
 * codes). Reliable per document, not per sentence (Catalan reads as Occitan, Galician as
 * Portuguese), so callers pass whole documents. The model is shared; the detector is made
 * per call because OpenNLP's ME classes are not thread-safe.
 */
public final class LanguageDetector {
  /** Enough text to be sure; longer documents only cost time. */
  private static final int SAMPLE_CHARS = 20_000;

  private final LanguageDetectorModel model;

  public LanguageDetector(LanguageDetectorModel model) {
    this.model = model;
  }

  /** A detected language and the model's confidence in it (0–1). */
  public record Detection(String language, double confidence) {}

  public Detection detect(String text) {
    return ranked(text).get(0);
  }

  /** Every language the model knows, most likely first. */
  public List<Detection> ranked(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Language[] languages = new LanguageDetectorME(model).predictLanguages(sample);
    List<Detection> list = new ArrayList<>(languages.length);
    for (Language l : languages) {
      list.add(new Detection(l.getLang(), l.getConfidence()));
    }
    return list;
  }
}
