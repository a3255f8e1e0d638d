package dev.precis.core.quotes;

import dev.precis.core.Span;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One quotation found in an article. Every position is a {@link Span} into the article text.
 *
 * @param kind direct, partial or indirect (reported speech)
 * @param span the quotation: for direct and partial quotes the text inside the marks (from the
 *     first part's start to the last part's end when the attribution interrupts it); for
 *     indirect speech the reported content
 * @param parts the pieces inside quotation marks, in order (one for an uninterrupted quote,
 *     one per paragraph for a quote that runs over paragraphs); for indirect speech just
 *     {@code span}
 * @param content the reported content the annotators of quote corpora mark: for a partial
 *     quote inside reported speech ("He said that it was “a disgrace” and ...") the whole
 *     reported clause; otherwise equal to {@code span}
 * @param cue the verb (or phrase such as "according to") that attributes it, or null
 * @param speakerMention where the speaker is named in the text, or null
 * @param speaker the canonical speaker's clean name (one name per person in the article), or
 *     null
 * @param unclosed true when the closing quotation mark is missing; the quote then ends with
 *     its paragraph
 * @param speakerDetail the speaker with kind, title and confidence, or null when
 *     {@code speaker} is null; its name is {@code speaker}
 */
public record Quote(Kind kind, Span span, List<Span> parts, Span content, Span cue,
    Span speakerMention, String speaker, boolean unclosed, Speaker speakerDetail) {

  /** What kind of quotation a quote is. */
  public enum Kind {
    DIRECT, PARTIAL, INDIRECT;

    /** The lower-case name used on the command line and in JSON. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Quote {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(span);
    parts = List.copyOf(parts);
    Objects.requireNonNull(content);
    if (speaker == null) {
      speakerDetail = null;
    } else if (speakerDetail == null || !speakerDetail.name().equals(speaker)) {
      speakerDetail = Speaker.named(speaker, speakerMention);
    }
  }

  /** A quote whose speaker is only a name (its kind unknown). */
  public Quote(Kind kind, Span span, List<Span> parts, Span content, Span cue,
      Span speakerMention, String speaker, boolean unclosed) {
    this(kind, span, parts, content, cue, speakerMention, speaker, unclosed, null);
  }

  /** A quote said by {@code who} (or by nobody known, when null). */
  public Quote(Kind kind, Span span, List<Span> parts, Span content, Span cue, Speaker who,
      boolean unclosed) {
    this(kind, span, parts, content, cue, who == null ? null : who.mention(),
        who == null ? null : who.name(), unclosed, who);
  }

  /** This quote attributed to {@code newSpeaker} as named at {@code mention} after {@code newCue}. */
  public Quote withAttribution(Span newCue, Span mention, String newSpeaker) {
    return new Quote(kind, span, parts, content, newCue, mention, newSpeaker, unclosed);
  }

  /** This quote attributed to {@code who} (mention included) after {@code newCue}. */
  public Quote withAttribution(Span newCue, Speaker who) {
    return new Quote(kind, span, parts, content, newCue, who, unclosed);
  }

  public Quote withKind(Kind newKind) {
    return new Quote(newKind, span, parts, content, cue, speakerMention, speaker, unclosed,
        speakerDetail);
  }

  public Quote withContent(Span newContent) {
    return new Quote(kind, span, parts, newContent, cue, speakerMention, speaker, unclosed,
        speakerDetail);
  }
}
