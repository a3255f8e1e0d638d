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
 */
public record QuotesOptions(Set<Quote.Kind> kinds, String speaker,
    TranslationSettings translation) implements Serializable {
  /** Every kind, every speaker, no translation. */
  public static final QuotesOptions DEFAULTS = new QuotesOptions(
      EnumSet.allOf(Quote.Kind.class), null, TranslationSettings.NONE);

  public QuotesOptions {
    kinds = Set.copyOf(kinds);
    Objects.requireNonNull(translation, "translation");
  }
}
