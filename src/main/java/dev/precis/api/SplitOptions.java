package dev.precis.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * Options of {@link Precis#split}.
 *
 * @param splitter the sentence splitter's name ({@code precis}, {@code opennlp}, {@code rules})
 * @param translation whether to translate the sentences
 * @param kinds whether to mark each sentence's kind (heading, byline, ...; see
 *     {@link dev.precis.core.kinds.SentenceKind}); costs a little time per sentence
 */
public record SplitOptions(String splitter, TranslationSettings translation, boolean kinds)
    implements Serializable {
  /** The default splitter, no translation, kinds marked. */
  public static final SplitOptions DEFAULTS = new SplitOptions("precis", TranslationSettings.NONE);

  /** Kinds marked. */
  public SplitOptions(String splitter, TranslationSettings translation) {
    this(splitter, translation, true);
  }

  public SplitOptions {
    Objects.requireNonNull(splitter, "splitter");
    Objects.requireNonNull(translation, "translation");
  }
}
