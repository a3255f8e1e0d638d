package dev.precis.eval;

import dev.precis.core.summary.Article;
import dev.precis.core.summary.Ranker;
import dev.precis.core.summary.Summarizer;
import dev.precis.core.summary.Summary;
import dev.precis.core.summary.SummaryOptions;
import java.util.List;

/**
 * Scores a ranker on a corpus: each article is summarized at its evaluation length, the
 * chosen sentences (original order, one per line) are scored against the reference with
 * {@link Rouge}, and the F1 values are averaged (in percent, as papers report them).
 */
public final class RougeEvaluation {
  private RougeEvaluation() {}

  /** Mean F1 × 100 of ROUGE-1, ROUGE-2 and ROUGE-Lsum, and the documents scored. */
  public record Result(String method, int documents, double rouge1, double rouge2, double rougeL) {}

  /** One case prepared once (split and analysed) for every method. */
  public record Prepared(SummaryCase source, Article article) {}

  public static Result score(String method, Ranker ranker, List<Prepared> cases, double diversity,
      Rouge rouge) {
    double r1 = 0;
    double r2 = 0;
    double rl = 0;
    for (Prepared c : cases) {
      Summary summary = summarize(ranker, c, diversity);
      Rouge.Scores s = rouge.score(c.source().summary(), summary.text());
      r1 += s.rouge1().f1();
      r2 += s.rouge2().f1();
      rl += s.rougeLsum().f1();
    }
    int n = Math.max(cases.size(), 1);
    return new Result(method, cases.size(), 100 * r1 / n, 100 * r2 / n, 100 * rl / n);
  }

  public static Summary summarize(Ranker ranker, Prepared c, double diversity) {
    return Summarizer.summarize(c.article(), ranker, new SummaryOptions(
        dev.precis.core.summary.LengthLimit.sentences(c.source().length()), diversity,
        SummaryOptions.Order.ORIGINAL));
  }
}
