package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.eval.ExtractEvaluation.PageScore;
import dev.precis.eval.ExtractEvaluation.Summary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractEvaluationTest {
  @Test
  void tokensAreRunsOfLettersDigitsAndUnderscoresWithCaseKept() {
    assertThat(ExtractEvaluation.tokens("Don't stop—at 3.5%, snake_case Ünïcode 서울!"))
        .containsExactly("Don", "t", "stop", "at", "3", "5", "snake_case", "Ünïcode", "서울");
  }

  @Test
  void gluedBlocksMakeOneWrongToken() {
    assertThat(ExtractEvaluation.tokens("end\n\nNext")).containsExactly("end", "Next");
    assertThat(ExtractEvaluation.tokens("endNext")).containsExactly("endNext");
  }

  @Test
  void shinglesAreFourTokenWindowsCountedAsAMultiset() {
    Map<String, Integer> s = ExtractEvaluation.shingles(
        ExtractEvaluation.tokens("a b c d a b c d"));
    assertThat(s).containsOnly(Map.entry("a b c d", 2), Map.entry("b c d a", 1),
        Map.entry("c d a b", 1), Map.entry("d a b c", 1));
    assertThat(ExtractEvaluation.shingles(List.of("only", "two"))).containsOnly(
        Map.entry("only two", 1));
    assertThat(ExtractEvaluation.shingles(List.of())).isEmpty();
  }

  @Test
  void identicalTextScoresOneWhateverThePunctuationAndLayout() {
    PageScore s = ExtractEvaluation.score("One two, three four five.\n\nSix seven.",
        "One two three four five Six seven");
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.exact()).isTrue();
  }

  @Test
  void extraAndMissingTextCountAgainstPrecisionAndRecall() {
    // gold: 6 tokens → 3 shingles; prediction adds two tokens in front → 5 shingles, 3 right.
    PageScore s = ExtractEvaluation.score("a b c d e f", "menu home a b c d e f");
    assertThat(s.truePositives()).isEqualTo(3);
    assertThat(s.falsePositives()).isEqualTo(2);
    assertThat(s.falseNegatives()).isZero();
    assertThat(s.precision()).isCloseTo(0.6, within(1e-12));
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.exact()).isFalse();
    // prediction misses the last token → 2 of 3 gold shingles.
    PageScore cut = ExtractEvaluation.score("a b c d e f", "a b c d e");
    assertThat(cut.precision()).isEqualTo(1.0);
    assertThat(cut.recall()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void corpusF1IsTakenFromMeanPrecisionAndMeanRecall() {
    PageScore perfect = ExtractEvaluation.score("a b c d e f", "a b c d e f");
    PageScore noisy = ExtractEvaluation.score("a b c d e f", "menu home a b c d e f");
    PageScore empty = ExtractEvaluation.score("a b c d e f", "");
    Summary summary = ExtractEvaluation.summarise(List.of(perfect, noisy, empty));
    // The empty prediction counts for recall (0) but not for precision.
    assertThat(summary.precision()).isCloseTo((1 + 0.6) / 2, within(1e-12));
    assertThat(summary.recall()).isCloseTo((1 + 1 + 0) / 3.0, within(1e-12));
    double p = 0.8;
    double r = 2.0 / 3;
    assertThat(summary.f1()).isCloseTo(2 * p * r / (p + r), within(1e-12));
    assertThat(summary.accuracy()).isCloseTo(1.0 / 3, within(1e-12));
  }
}
