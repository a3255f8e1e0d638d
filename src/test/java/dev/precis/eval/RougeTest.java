package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RougeTest {
  private static final Path REFERENCE = Path.of("..", "shared", "data", "summ", "rouge-reference.jsonl");
  private final Rouge rouge = new Rouge();

  @Test
  void matchesEveryReferenceVector() throws IOException {
    Assumptions.assumeTrue(Files.exists(REFERENCE), "shared ROUGE reference vectors absent");
    ObjectMapper mapper = new ObjectMapper();
    List<String> mismatches = new ArrayList<>();
    int records = 0;
    for (String line : Files.readAllLines(REFERENCE)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = mapper.readTree(line);
      records++;
      Rouge.Scores s = rouge.score(r.get("ref").asText(), r.get("pred").asText());
      compare(mismatches, r, "rouge1", s.rouge1());
      compare(mismatches, r, "rouge2", s.rouge2());
      compare(mismatches, r, "rougeL", s.rougeL());
      compare(mismatches, r, "rougeLsum", s.rougeLsum());
    }
    assertThat(records).isGreaterThan(300);
    assertThat(mismatches).isEmpty();
  }

  private static void compare(List<String> out, JsonNode record, String type, Rouge.Score got) {
    JsonNode want = record.get("scores").get(type);
    double[] w = {want.get("p").asDouble(), want.get("r").asDouble(), want.get("f").asDouble()};
    double[] g = {got.precision(), got.recall(), got.f1()};
    for (int i = 0; i < 3; i++) {
      if (Math.abs(w[i] - g[i]) > 1e-9) {
        out.add(record.get("id").asText() + " " + type + " want " + w[i] + " got " + g[i]);
      }
    }
  }

  @Test
  void stemsLikeTheReferenceScorer() {
    PorterStemmer stemmer = new PorterStemmer();
    assertThat(stemmer.stem("running")).isEqualTo("run");
    assertThat(stemmer.stem("caresses")).isEqualTo("caress");
    assertThat(stemmer.stem("ponies")).isEqualTo("poni");
    assertThat(stemmer.stem("dies")).isEqualTo("die");
    assertThat(stemmer.stem("generalization")).isEqualTo("gener");
    assertThat(stemmer.stem("hopefulness")).isEqualTo("hope");
    assertThat(stemmer.stem("controlling")).isEqualTo("control");
    assertThat(stemmer.stem("news")).isEqualTo("news");
    assertThat(stemmer.stem("happy")).isEqualTo("happi");
    assertThat(stemmer.stem("geology")).isEqualTo("geolog");
  }

  @Test
  void tokenizesOnNonAlphanumerics() {
    assertThat(rouge.tokens("The U.S.-led talks, 2024's: café")).containsExactly(
        "the", "u", "s", "led", "talk", "2024", "s", "caf");
  }

  @Test
  void identicalTextsScoreOneAndEmptyScoresZero() {
    String text = "Ministers met in Brussels.\nThey agreed on a plan.";
    Rouge.Scores same = rouge.score(text, text);
    assertThat(same.rouge1().f1()).isEqualTo(1.0);
    assertThat(same.rouge2().f1()).isEqualTo(1.0);
    assertThat(same.rougeLsum().f1()).isEqualTo(1.0);
    assertThat(rouge.score(text, "").rouge1().f1()).isZero();
    assertThat(rouge.score("", "").rougeL().f1()).isZero();
  }

  @Test
  void bigramRecallCountsRepeatsOnce() {
    Rouge.Scores s = rouge.score("a b a b", "a b");
    assertThat(s.rouge2().recall()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.rouge2().precision()).isEqualTo(1.0);
  }
}
