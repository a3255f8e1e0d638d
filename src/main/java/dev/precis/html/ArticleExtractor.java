package dev.precis.html;

import dev.precis.core.UnknownNameException;
import java.util.List;

/**
 * Finds the article in an HTML page. Implementations are stateless and thread-safe: one
 * instance may serve every document of a run.
 */
public interface ArticleExtractor {
  /** The name the command line uses for this extractor. */
  String name();

  /** The article of {@code html}; its body is empty (not null) when the page has no text. */
  Article extract(String html);

  /** Names accepted by {@link #named}; the first is the default. */
  static List<String> names() {
    return List.of(DensityArticleExtractor.NAME, BodyTextExtractor.NAME);
  }

  /** The extractor called {@code name}; throws {@link UnknownNameException} for others. */
  static ArticleExtractor named(String name) {
    switch (name) {
      case DensityArticleExtractor.NAME:
        return DensityArticleExtractor.INSTANCE;
      case BodyTextExtractor.NAME:
        return BodyTextExtractor.INSTANCE;
      default:
        throw new UnknownNameException("extractor", name, names());
    }
  }
}
