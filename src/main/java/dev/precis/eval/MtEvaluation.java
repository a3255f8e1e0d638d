package dev.precis.eval;

import java.util.List;

/** Scores of machine translation output against references, line by line. */
public final class MtEvaluation {
  private MtEvaluation() {}

  /** Corpus chrF2 and BLEU (sacreBLEU defaults), both 0–100. */
  public record Score(int lines, double chrF, double bleu) {}

  public static Score score(List<String> hypotheses, List<String> references) {
    return new Score(hypotheses.size(), ChrF.corpus(hypotheses, references),
        Bleu.corpus(hypotheses, references));
  }
}
