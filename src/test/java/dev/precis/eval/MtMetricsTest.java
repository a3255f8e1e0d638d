package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MtMetricsTest {
  static final Path MT = Path.of("..", "shared", "data", "mt");

  @Test
  void identicalTextScoresFullMarks() {
    List<String> text = List.of("The parties discussed the situation in Kazakhstan.",
        "About 1,300 businesses were damaged.");
    assertThat(ChrF.corpus(text, text)).isCloseTo(100.0, within(1e-9));
    assertThat(Bleu.corpus(text, text)).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void matchesSacreBleuOnHandWrittenSentences() {
    // Expected values computed with sacreBLEU 2.x: corpus_chrf / corpus_bleu, default settings.
    List<String> hyp = List.of("The cat sat on the mat.", "He said: \"it is 3.5% more\" today!");
    List<String> ref = List.of("The cat is sitting on the mat.", "He said \"it was 3.5% more\" yesterday.");
    assertThat(ChrF.corpus(hyp, ref)).isCloseTo(47.77119049381766, within(1e-9));
    assertThat(Bleu.corpus(hyp, ref)).isCloseTo(35.56770551516203, within(1e-9));
  }

  @Test
  void chrFIgnoresWhiteSpaceAndBleuIsZeroWithoutFourGrams() {
    List<String> hyp = List.of("Hola   mundo", "¿Qué tal?");
    List<String> ref = List.of("Hola, mundo.", "¿Qué tal estás?");
    assertThat(ChrF.corpus(hyp, ref)).isCloseTo(46.30548819727802, within(1e-9));
    assertThat(Bleu.corpus(hyp, ref)).isZero();
    assertThat(ChrF.corpus(List.of("a b c"), List.of("abc"))).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void tokenizer13aSplitsPunctuationButNotNumbers() {
    assertThat(Bleu.tokenize13a("He said: \"it costs $3.50, or 1,300 in 2019-20\"."))
        .isEqualTo("He said : \" it costs $ 3.50 , or 1,300 in 2019 - 20 \" .");
  }

  /** The figures of shared/data/mt/SOURCE.md for the Apertium outputs stored there. */
  @ParameterizedTest
  @CsvSource({"apertium-eng-spa.spa, spa, 16.6, 49.1", "apertium-eng-cat.cat, cat, 13.5, 44.6",
      "apertium-en-gl.glg, glg, 17.0, 49.1"})
  void reproducesTheSacreBleuFiguresOfTheSharedData(String hypFile, String ref, double bleu,
      double chrF) throws IOException {
    Assumptions.assumeTrue(Files.exists(MT.resolve("ntrex128-head96.eng")), "no ../shared/data/mt");
    List<String> hyp = lines(MT.resolve("ntrex128-head96." + hypFile));
    List<String> refs = lines(MT.resolve("ntrex128-head96." + ref));
    assertThat(hyp).hasSize(96);
    assertThat(Bleu.corpus(hyp, refs)).isCloseTo(bleu, within(0.05));
    assertThat(ChrF.corpus(hyp, refs)).isCloseTo(chrF, within(0.05));
  }

  static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
