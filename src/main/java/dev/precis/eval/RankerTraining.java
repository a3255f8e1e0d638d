package dev.precis.eval;

import dev.precis.core.Session;
import dev.precis.core.summary.Article;
import dev.precis.core.summary.SentenceFeatures;
import dev.precis.core.summary.TrainedRanker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trains the sentence ranker: one event per candidate sentence, labelled in-summary when it
 * is in the greedy ROUGE oracle (the sentences that, added one at a time, most raise ROUGE-1 +
 * ROUGE-2 F1 against the reference summary) or, with {@link Labels#HUMAN}, in the record's
 * human extract ({@code extract_ids}) where it has one. The model is OpenNLP's
 * maximum-entropy classifier (L-BFGS).
 */
public final class RankerTraining {
  /** At most this many oracle sentences per article (CNN/DM highlights are 3–4 lines). */
  static final int ORACLE_SENTENCES = 3;

  private RankerTraining() {}

  /**
   * Which sentences count as summary-worthy: the greedy ROUGE oracle against the reference
   * summary for every record, the human extract where a record has one (oracle elsewhere),
   * or the union of both.
   */
  public enum Labels { ORACLE, HUMAN, UNION }

  /** Counts of what training saw. */
  public record Report(int articles, int events, int positives) {}

  public static MaxentModel train(Session session, List<SummaryCase> cases, Labels labels,
      int iterations, Report[] report) throws IOException {
    SentenceFeatures features = session.sentenceFeatures();
    Rouge rouge = new Rouge();
    List<Event> events = new ArrayList<>();
    int positives = 0;
    for (SummaryCase c : cases) {
      Article article = c.article(session);
      if (article.size() == 0) {
        continue;
      }
      Set<Integer> positive = labels(c, article, rouge, labels);
      String[][] contexts = features.extract(article).contexts();
      for (int k = 0; k < article.size(); k++) {
        boolean in = positive.contains(k);
        positives += in ? 1 : 0;
        events.add(new Event(in ? TrainedRanker.IN_SUMMARY : TrainedRanker.OUT, contexts[k]));
      }
    }
    report[0] = new Report(cases.size(), events.size(), positives);
    return Maxent.train(events, iterations, 3);
  }

  public static void write(MaxentModel model, Path out) throws IOException {
    new GenericModelWriter((AbstractModel) model, out.toFile()).persist();
  }

  /** Candidate indices labelled in-summary for one record. */
  static Set<Integer> labels(SummaryCase c, Article article, Rouge rouge, Labels labels) {
    Set<Integer> result = new HashSet<>();
    if (c.extractIds() != null && labels == Labels.UNION) {
      result.addAll(oracle(article, c.summary(), rouge));
    }
    if (c.extractIds() != null && labels != Labels.ORACLE) {
      for (int k = 0; k < article.size(); k++) {
        if (c.extractIds().contains(article.sentenceIndex(k) + 1)) {
          result.add(k);
        }
      }
      return result;
    }
    return oracle(article, c.summary(), rouge);
  }

  /** The greedy ROUGE oracle extract, as candidate indices. */
  static Set<Integer> oracle(Article article, String reference, Rouge rouge) {
    Set<Integer> chosen = new java.util.TreeSet<>();
    double best = 0;
    while (chosen.size() < ORACLE_SENTENCES) {
      int pick = -1;
      for (int k = 0; k < article.size(); k++) {
        if (chosen.contains(k)) {
          continue;
        }
        Set<Integer> trial = new java.util.TreeSet<>(chosen);
        trial.add(k);
        StringBuilder text = new StringBuilder();
        for (int i : trial) {
          text.append(article.text(i)).append('\n');
        }
        Rouge.Scores s = rouge.score(reference, text.toString());
        double value = s.rouge1().f1() + s.rouge2().f1();
        if (value > best) {
          best = value;
          pick = k;
        }
      }
      if (pick < 0) {
        break;
      }
      chosen.add(pick);
    }
    return chosen;
  }
}
