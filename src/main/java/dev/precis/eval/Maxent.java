package dev.precis.eval;

import java.io.IOException;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** How precis trains its maximum-entropy models, once for every model it ships. */
final class Maxent {
  private Maxent() {}

  /**
   * A model over {@code events}: L-BFGS with L2 regularisation (the lexical indicators are
   * many and sparse, and plain GIS over-fitted them), on one thread so that training is
   * deterministic, features seen fewer than {@code cutoff} times dropped.
   */
  static MaxentModel train(List<Event> events, int iterations, int cutoff) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put("PrintMessages", false);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    return trainer.train(ObjectStreamUtils.createObjectStream(events));
  }
}
