package dev.precis.core.split;

import java.util.function.Supplier;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Asks OpenNLP's sentence model about one candidate only, through its own feature generator,
 * so the rules keep the easy decisions and the model weighs the ambiguous ones.
 */
public final class OpenNlpBoundaryOracle implements NewsSentenceSplitter.BoundaryOracle {
  private final Supplier<SentenceModel> model;

  /** The model is fetched on the first question only: most news text never needs it. */
  public OpenNlpBoundaryOracle(Supplier<SentenceModel> model) {
    this.model = model;
  }

  @Override
  public boolean isBoundary(String paragraph, int terminator) {
    // The context generator keeps buffers between calls, so it is made per call.
    SDContextGenerator contexts = model.get().getFactory().getSDContextGenerator();
    MaxentModel maxent = model.get().getMaxentModel();
    String[] context = contexts.getContext(paragraph, terminator);
    double[] probabilities = maxent.eval(context);
    return "s".equals(maxent.getBestOutcome(probabilities));
  }
}
