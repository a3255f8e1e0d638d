package dev.precis.core.summary;

import opennlp.tools.ml.model.MaxentModel;

/**
 * Scores each sentence by the probability, under a maximum-entropy model trained on human and
 * oracle extracts, that it belongs in the summary (see models/README-ranker.md).
 */
public final class TrainedRanker implements Ranker {
  public static final String NAME = "trained";
  /** The outcome the model predicts for a sentence that belongs in the summary. */
  public static final String IN_SUMMARY = "1";
  public static final String OUT = "0";

  private final MaxentModel model;
  private final SentenceFeatures features;
  private final int inSummary;

  public TrainedRanker(MaxentModel model, SentenceFeatures features) {
    this.model = model;
    this.features = features;
    this.inSummary = model.getIndex(IN_SUMMARY);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The model scores sentences one by one, so it leans on MMR for variety. */
  @Override
  public double defaultDiversity() {
    return 0.7;
  }

  @Override
  public Ranking rank(Article article) {
    SentenceFeatures.Extracted extracted = features.extract(article);
    double[] scores = new double[article.size()];
    for (int k = 0; k < scores.length; k++) {
      scores[k] = model.eval(extracted.contexts()[k])[inSummary];
    }
    return new Ranking(scores, SentenceFeatures.NAMES, extracted.values());
  }
}
