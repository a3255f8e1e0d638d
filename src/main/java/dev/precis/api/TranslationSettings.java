package dev.precis.api;

import java.io.Serializable;
import dev.precis.core.translate.TranslationRequest;

/**
 * Whether and how to translate what a task returns ({@code --to} on the command line).
 *
 * @param to the target language (ISO 639-1 or 639-3), or null for no translation
 * @param from the input's language, or {@code auto} to detect it per document
 * @param translator the backend: {@code apertium}, {@code apy} or {@code libretranslate}
 * @param url the server of a server backend, or null for its default
 * @param markUnknown keep the translator's marks on unknown words
 */
public record TranslationSettings(String to, String from, String translator, String url,
    boolean markUnknown) implements Serializable {
  /** No translation. */
  public static final TranslationSettings NONE = new TranslationSettings(null, "auto",
      "apertium", null, false);

  /** Translation into {@code language} with Apertium, the input's language detected. */
  public static TranslationSettings to(String language) {
    return new TranslationSettings(language, "auto", "apertium", null, false);
  }

  /** Whether a translation is asked for. */
  public boolean enabled() {
    return to != null;
  }

  /** The request the translation backends take. */
  public TranslationRequest request() {
    return TranslationRequest.of(from, to, markUnknown);
  }
}
