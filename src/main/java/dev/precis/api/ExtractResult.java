package dev.precis.api;

import dev.precis.html.Article;

/**
 * What {@link Precis#extract} returns.
 *
 * @param input the input as given (the page)
 * @param article the article's title, byline, language and body text
 */
public record ExtractResult(ArticleInput input, Article article) {}
