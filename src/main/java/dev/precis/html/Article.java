package dev.precis.html;

import java.util.Objects;

/**
 * What an {@link ArticleExtractor} found in a page: its title and byline (null when the page
 * names none), its declared language (the {@code lang} attribute of {@code <html>}, or null),
 * and the article body as plain text, blocks separated by blank lines.
 */
public record Article(String title, String byline, String language, String body) {
  public Article {
    Objects.requireNonNull(body);
  }

  /** True when no article text was found. */
  public boolean isEmpty() {
    return body.isBlank();
  }

  /**
   * The text later stages work on: the title as the first paragraph (when there is one), then
   * the body.
   */
  public String text() {
    return title == null || title.isBlank() ? body : title + "\n\n" + body;
  }
}
