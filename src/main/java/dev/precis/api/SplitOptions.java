package dev.precis.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * Options of {@link Precis#split}.
 *
 * @param splitter the sentence splitter's name ({@code precis}, {@code opennlp}, {@code rules})
 * @param translation whether to translate the sentences
 */
public record SplitOptions(String splitter, TranslationSettings translation)
    implements Serializable {
  /** The default splitter, no translation. */
  public static final SplitOptions DEFAULTS = new SplitOptions("precis", TranslationSettings.NONE);

  public SplitOptions {
    Objects.requireNonNull(splitter, "splitter");
    Objects.requireNonNull(translation, "translation");
  }
}
