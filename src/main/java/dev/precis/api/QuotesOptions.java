package dev.precis.api;

import java.io.Serializable;
import dev.precis.core.quotes.Quote;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Options of {@link Precis#quotes}.
 *
 * @param kinds the kinds of quotation to keep
 * @param speaker keep only quotes by this speaker (case-insensitive; a surname matches the full
 *     name), or null for all
 * @param translation whether to translate the quotes
 * @param extractor the quote extractor: {@code rules} (default), {@code model} or
 *     {@code combined} (cues of reported speech judged by the trained attribution model)
 * @param modelFile the attribution model file for {@code model}/{@code combined}, or null for
 *     the shipped one
 */
public record QuotesOptions(Set<Quote.Kind> kinds, String speaker,
    TranslationSettings translation, String extractor, String modelFile) implements Serializable {
  /** Every kind, every speaker, no translation, the rules. */
  public static final QuotesOptions DEFAULTS = new QuotesOptions(
      EnumSet.allOf(Quote.Kind.class), null, TranslationSettings.NONE);

  public QuotesOptions {
    kinds = Set.copyOf(kinds);
    Objects.requireNonNull(translation, "translation");
    Objects.requireNonNull(extractor, "extractor");
  }

  /** With the rules. */
  public QuotesOptions(Set<Quote.Kind> kinds, String speaker, TranslationSettings translation) {
    this(kinds, speaker, translation, "rules", null);
  }
}
