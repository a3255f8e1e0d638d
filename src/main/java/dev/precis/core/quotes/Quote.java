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
 * @param speaker the canonical speaker (one name per person in the article), or null
 * @param unclosed true when the closing quotation mark is missing; the quote then ends with
 *     its paragraph
 */
public record Quote(Kind kind, Span span, List<Span> parts, Span content, Span cue,
    Span speakerMention, String speaker, boolean unclosed) {

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
  }

  /** This quote attributed to {@code newSpeaker} as named at {@code mention} after {@code newCue}. */
  public Quote withAttribution(Span newCue, Span mention, String newSpeaker) {
    return new Quote(kind, span, parts, content, newCue, mention, newSpeaker, unclosed);
  }

  public Quote withKind(Kind newKind) {
    return new Quote(newKind, span, parts, content, cue, speakerMention, speaker, unclosed);
  }

  public Quote withContent(Span newContent) {
    return new Quote(kind, span, parts, newContent, cue, speakerMention, speaker, unclosed);
  }
}
