package dev.precis.core.kinds;

import java.util.Locale;

/**
 * What a sentence span is on the page. Only {@link #SENTENCE} is a sentence of the story; the
 * others are kept in the document (every piece of text stays) but are never summarized.
 */
public enum SentenceKind {
  /** An ordinary sentence of the story. */
  SENTENCE,
  /** A heading or subhead: all capitals, or a short unpunctuated line alone in its paragraph. */
  HEADING,
  /** A byline, an author's bio, a contributor or reporting credit. */
  BYLINE,
  /** A dateline standing alone ("BAAR, SWITZERLAND", "LONDON (Reuters) -"). */
  DATELINE,
  /** An image caption or a photo credit. */
  CAPTION,
  /** A bare URL, e-mail address, handle, hashtag or DOI. */
  URL,
  /** Page furniture: "Advertisement", "Read more", "Related", "Share", ... */
  FURNITURE,
  /** A list marker alone ("1.", "a)", "•"). */
  LIST_MARKER,
  /** A number alone ("225.86", "-5.44%"). */
  NUMBER,
  /** A piece with no verb or no end: "Forever, Nile & CHIC.", "grass-fed butter for toast]". */
  FRAGMENT;

  /** The name in JSON and in {@code --explain}: lower case, hyphenated. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public boolean isStory() {
    return this == SENTENCE;
  }
}
