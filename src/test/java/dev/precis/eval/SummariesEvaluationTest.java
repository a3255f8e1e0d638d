package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.api.Precis;
import dev.precis.core.summary.LengthLimit;
import dev.precis.io.InputDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** eval summaries' counts on records of the shared dev slice (skipped where it is absent). */
class SummariesEvaluationTest {
  private static final Path DEV = Path.of("..", "shared", "data", "summ", "cnndm-see-dev.jsonl");

  @Test
  void leadTakesTheFirstSentencesAndScoresEveryRecordWithASummary() throws IOException {
    Assumptions.assumeTrue(Files.exists(DEV), "shared summarization data absent");
    ObjectMapper mapper = new ObjectMapper();
    try (Precis precis = Precis.create()) {
      SummariesEvaluation evaluation = new SummariesEvaluation(precis, List.of("lead"),
          List.of(LengthLimit.sentences(3), LengthLimit.words(60)), 0, true, true);
      int records = 10;
      for (String line : Files.readAllLines(DEV).subList(0, records)) {
        ObjectNode fields = (ObjectNode) mapper.readTree(line);
        evaluation.add(new InputDocument(fields.path("id").asText(),
            fields.get("text").asText(), fields));
      }
      SummariesEvaluation.Tally threeSentences = evaluation.tally(0, 0);
      assertThat(evaluation.label(0, 0)).isEqualTo("lead, 3 sentences");
      assertThat(evaluation.label(0, 1)).isEqualTo("lead, 60 words");
      assertThat(threeSentences.documents()).isEqualTo(records);
      assertThat(threeSentences.chosen()).isEqualTo(3 * records);
      assertThat(threeSentences.scored()).isEqualTo(records);
      // Lead's ROUGE-1 on CNN/DM is about 40 (F1 × 100): a mean F1 well inside (0.2, 0.6).
      assertThat(threeSentences.rouge1Sum() / records).isBetween(0.2, 0.6);
      assertThat(evaluation.tally(0, 1).words()).isLessThanOrEqualTo(60 * records);
    }
  }
}
