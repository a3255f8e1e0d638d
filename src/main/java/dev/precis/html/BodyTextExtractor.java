package dev.precis.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The floor every real extractor must beat: all text of {@code <body>} with scripts and
 * styles dropped, no boilerplate removal. Kept to measure what {@link DensityArticleExtractor}
 * adds, in the same run.
 */
public final class BodyTextExtractor implements ArticleExtractor {
  public static final String NAME = "body";
  static final BodyTextExtractor INSTANCE = new BodyTextExtractor();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Article extract(String html) {
    Document page = Jsoup.parse(html);
    page.select("script, style, noscript, template").remove();
    Element body = page.body();
    return new Article(PageMetadata.title(page), null, PageMetadata.language(page),
        TextBlocks.of(body));
  }
}
