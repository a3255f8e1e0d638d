package dev.precis.core.translate;

/**
 * What to translate into: target and source languages as ISO 639-3 codes ({@code from} null
 * for detection per document), and whether unknown-word marks are kept.
 */
public record TranslationRequest(String from, String to, boolean markUnknown) {
  /** A request from user-given codes; {@code from} may be {@code auto}. */
  public static TranslationRequest of(String from, String to, boolean markUnknown) {
    String source = from == null || from.equalsIgnoreCase("auto") ? null : LanguageCodes.toIso3(from);
    return new TranslationRequest(source, LanguageCodes.toIso3(to), markUnknown);
  }
}
