package dev.precis.core.quotes;

import dev.precis.core.Span;
import java.util.Locale;
import java.util.Objects;

/**
 * Who said a quote, as the article names them.
 *
 * @param name the clean canonical name: a person's full name as the article introduces it
 *     (no title, dateline, caption or weekday), an organisation whole ("the United Nations"),
 *     or an unnamed role as written ("a federal judge", "police")
 * @param kind what the name names
 * @param mention where the quote names the speaker, or null when it names nobody (a quote that
 *     goes on from the previous one)
 * @param title the title or role the article gives the speaker ("Secretary of State"), or null
 * @param confidence how sure the rule that chose the name is, from 0 to 1: a score that orders
 *     the rules (a full name in the mention above a pronoun), not a calibrated probability
 */
public record Speaker(String name, Kind kind, Span mention, String title, double confidence) {

  /** What a speaker's name names. */
  public enum Kind {
    PERSON, ORGANISATION, ROLE, UNKNOWN;

    /** The lower-case name used in JSON. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Speaker {
    Objects.requireNonNull(name);
    Objects.requireNonNull(kind);
  }

  /** A name nothing more is known about. */
  public static Speaker named(String name, Span mention) {
    return name == null ? null : new Speaker(name, Kind.UNKNOWN, mention, null, 0.5);
  }

  /** The same speaker, named at {@code newMention} with {@code newConfidence}. */
  public Speaker at(Span newMention, double newConfidence) {
    return new Speaker(name, kind, newMention, title, newConfidence);
  }
}
