package dev.precis.api;

import dev.precis.core.summary.Summary;
import dev.precis.core.translate.Translation;
import java.util.List;

/**
 * What {@link Precis#summarize} returns.
 *
 * @param input the input as worked on (HTML reduced to its article text)
 * @param summary the chosen sentences with every sentence's score and rank
 * @param method the method asked for
 * @param resolvedMethod the method that ran ({@code auto} resolves to another)
 * @param title the title that guided the choice, or null
 * @param options the options it ran with
 * @param translation the chosen sentences' translations, or null when none was asked for
 */
public record SummaryResult(ArticleInput input, Summary summary, String method,
    String resolvedMethod, String title, SummarizeOptions options, Translation translation) {
  /** The chosen sentences' texts, in the summary's order. */
  public List<String> sentences() {
    return summary.chosen().stream().map(k -> summary.article().text(k)).toList();
  }
}
