package dev.precis.api;

import java.io.Serializable;
/**
 * Options of {@link Precis#keywords}.
 *
 * @param top how many key phrases, best first
 */
public record KeywordsOptions(int top) implements Serializable {
  /** Ten phrases. */
  public static final KeywordsOptions DEFAULTS = new KeywordsOptions(10);

  public KeywordsOptions {
    if (top < 0) {
      throw new IllegalArgumentException("top must be 0 or more");
    }
  }
}
