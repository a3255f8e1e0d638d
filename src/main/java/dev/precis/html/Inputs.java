package dev.precis.html;

import dev.precis.core.InputException;

/**
 * The input hook every command uses: turns what a user gave precis into the text the later
 * stages work on. Plain text passes through untouched; HTML becomes its article (title as
 * the first paragraph, then the body), so offsets in every result refer to that text.
 */
public final class Inputs {
  private Inputs() {}

  /** As {@link #toArticleText(String, String, InputKind)} with no source name. */
  public static String toArticleText(String raw, InputKind kind) {
    return toArticleText(null, raw, kind);
  }

  /**
   * The text to work on for {@code raw}, read from {@code source} (used in error messages).
   * Throws {@link InputException} for HTML with no article text.
   */
  public static String toArticleText(String source, String raw, InputKind kind) {
    if (!isHtml(raw, kind)) {
      return raw;
    }
    return extract(source, raw, ArticleExtractor.named(DensityArticleExtractor.NAME)).text();
  }

  /** True when {@code raw} is to be read as HTML under {@code kind}. */
  public static boolean isHtml(String raw, InputKind kind) {
    return switch (kind) {
      case HTML -> true;
      case TEXT -> false;
      case AUTO -> HtmlDetector.looksLikeHtml(raw);
    };
  }

  /** The article of {@code html}; throws {@link InputException} when it has no body text. */
  public static Article extract(String source, String html, ArticleExtractor extractor) {
    Article article = extractor.extract(html);
    if (article.isEmpty()) {
      throw new InputException(source, "no article text found in the HTML",
          "the page may hold no article, or build it with JavaScript");
    }
    return article;
  }

  /**
   * The article of {@code raw} read as {@code kind}: extracted from HTML, or for plain text
   * the text itself as the body, with no title, byline or language. Throws
   * {@link InputException} when there is no text at all.
   */
  public static Article article(String source, String raw, InputKind kind,
      ArticleExtractor extractor) {
    if (isHtml(raw, kind)) {
      return extract(source, raw, extractor);
    }
    if (raw.isBlank()) {
      throw new InputException(source, "no text", "the input is empty");
    }
    return new Article(null, null, null, raw);
  }
}
