package dev.precis.core.translate;

/**
 * A translation direction a backend offers: ISO 639-3 source and target codes, and the
 * backend's own name for it ({@code eng-spa}, {@code en-gl}, {@code eng|spa}, {@code en>es}).
 */
public record LanguagePair(String from, String to, String id) {
  @Override
  public String toString() {
    return from + "-" + to;
  }
}
