package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The targets on the shared dev slices (skipped where ../shared is absent). */
class EvalRougeDataTest {
  private static final Path DATA = Path.of("..", "shared", "data", "summ");

  private static JsonNode methods(String file) throws IOException {
    Path path = DATA.resolve(file);
    Assumptions.assumeTrue(Files.exists(path), "shared summarization data absent");
    Cli.Result r = Cli.run("eval", "rouge", "--json", "--methods", "auto", path.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out()).get("files").get(0).get("methods");
  }

  @Test
  void autoBeatsLeadThreeOnCnnDailyMailDev() throws IOException {
    JsonNode rows = methods("cnndm-see-dev.jsonl");
    JsonNode lead = rows.get(0);
    JsonNode auto = rows.get(1);
    assertThat(lead.get("method").asText()).isEqualTo("lead");
    assertThat(auto.get("rouge1").asDouble()).isGreaterThanOrEqualTo(lead.get("rouge1").asDouble() + 1.0);
    assertThat(auto.get("rouge2").asDouble()).isGreaterThanOrEqualTo(lead.get("rouge2").asDouble());
    assertThat(auto.get("rougeL").asDouble()).isGreaterThanOrEqualTo(lead.get("rougeL").asDouble());
  }

  @Test
  void autoBeatsLeadOnCnnCorpusDev() throws IOException {
    JsonNode rows = methods("cnn-corpus-dev.jsonl");
    JsonNode lead = rows.get(0);
    JsonNode auto = rows.get(1);
    for (String score : new String[] {"rouge1", "rouge2", "rougeL"}) {
      assertThat(auto.get(score).asDouble()).as(score).isGreaterThanOrEqualTo(lead.get(score).asDouble());
    }
    assertThat(lead.get("rouge1").asDouble()).isBetween(34.0, 36.0);
  }
}
