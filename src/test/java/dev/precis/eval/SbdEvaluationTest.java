package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.core.Session;
import dev.precis.core.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SbdEvaluationTest {
  private static final Session SESSION = new Session();
  private static final Path SBD = Path.of("..", "shared", "data", "sbd");

  @Test
  void countsBoundariesByNonSpaceCharsAndIgnoresTheDocumentEnd() {
    // Gold: three sentences; the splitter keeps "Dr. No" together and finds both other ends.
    String text = "I met Dr. No. He left.\n\nThe end";
    SbdEvaluation.Case c = new SbdEvaluation.Case("t", text,
        List.of("I met Dr. No.", "He left.", "The end"),
        List.of(new Span(0, 13), new Span(14, 22), new Span(24, 31)));
    SbdEvaluation.Score score = SbdEvaluation.score(List.of(c), SESSION.splitter("precis"));
    assertThat(score.exact()).isEqualTo(1);
    assertThat(score.para()).isEqualTo(new SbdEvaluation.Counts(2, 0, 0));
    // Flat: the blank line is gone, and "He left. The end" still splits at the full stop.
    assertThat(score.flat()).isEqualTo(new SbdEvaluation.Counts(2, 0, 0));
  }

  @Test
  void scoresAMissedAndAnExtraBoundary() {
    String text = "One two. Three four. Five";
    SbdEvaluation.Case c = new SbdEvaluation.Case("t", text, List.of("One two. Three four.", "Five"),
        List.of(new Span(0, 20), new Span(21, 25)));
    SbdEvaluation.Score score = SbdEvaluation.score(List.of(c), SESSION.splitter("precis"));
    // Predicted ends after "two." (extra) and "four." (right); "Five" has no full stop.
    assertThat(score.para()).isEqualTo(new SbdEvaluation.Counts(1, 1, 0));
    assertThat(score.para().f1()).isEqualTo(2 * 0.5 * 1.0 / 1.5);
  }

  /** The claim: the default splitter beats plain OpenNLP on both UD dev slices. */
  @ParameterizedTest
  @ValueSource(strings = {"ud_ewt_dev_slice.jsonl", "ud_gum_dev_slice.jsonl"})
  void defaultSplitterBeatsOpenNlpOnUniversalDependencies(String file) throws IOException {
    Path path = SBD.resolve(file);
    Assumptions.assumeTrue(Files.exists(path), "shared data not present");
    List<SbdEvaluation.Case> cases = read(path);
    double ours = SbdEvaluation.score(cases, SESSION.splitter("precis")).para().f1();
    double theirs = SbdEvaluation.score(cases, SESSION.splitter("opennlp")).para().f1();
    assertThat(ours).isGreaterThan(theirs);
  }

  @Test
  void findsGoldSpansFromSentencesWhateverTheWhiteSpace() {
    String text = "it 's great .  we  loved it ! the end";
    SbdEvaluation.Case c = new SbdEvaluation.Case("t", text,
        List.of("it 's great .", "we loved it !", "the end"), null).withSpansFromSentences();
    assertThat(c.spans()).containsExactly(new Span(0, 13), new Span(15, 29), new Span(30, 37));
    SbdEvaluation.Case wrong = new SbdEvaluation.Case("t", text, List.of("it is great ."), null);
    assertThat(wrong.withSpansFromSentences().spans()).isNull();
  }

  /**
   * Lower-cased, PTB-tokenised news (CNN/DailyMail as See et al. ship it): the default
   * splitter once found fewer than one boundary in ten there; it must now do at least as well
   * as plain OpenNLP, whose model saw such text less rarely.
   */
  @Test
  void defaultSplitterMatchesOpenNlpOnPreTokenisedLowerCaseNews() throws IOException {
    Path path = Path.of("..", "shared", "data", "summ", "cnndm-see-dev.jsonl");
    Assumptions.assumeTrue(Files.exists(path), "shared data not present");
    List<SbdEvaluation.Case> cases = read(path).stream()
        .map(SbdEvaluation.Case::withSpansFromSentences).toList();
    assertThat(cases).allSatisfy(c -> assertThat(c.spans()).isNotNull());
    double ours = SbdEvaluation.score(cases, SESSION.splitter("precis")).para().f1();
    double theirs = SbdEvaluation.score(cases, SESSION.splitter("opennlp")).para().f1();
    assertThat(ours).isGreaterThanOrEqualTo(theirs);
  }

  private static List<SbdEvaluation.Case> read(Path path) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<SbdEvaluation.Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(path)) {
      cases.add(SbdEvaluation.Case.fromJson(mapper.readTree(line)));
    }
    return cases;
  }
}
