package dev.precis.api;

/**
 * Options of {@link Precis#keywords}.
 *
 * @param top how many key phrases, best first
 */
public record KeywordsOptions(int top) {
  /** Ten phrases. */
  public static final KeywordsOptions DEFAULTS = new KeywordsOptions(10);

  public KeywordsOptions {
    if (top < 0) {
      throw new IllegalArgumentException("top must be 0 or more");
    }
  }
}
