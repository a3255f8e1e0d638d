package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRougeCommandTest {
  @TempDir Path dir;

  private Path corpus() throws IOException {
    Path file = dir.resolve("tiny.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\": \"a\", \"text\": \"The river flooded the town on Monday. Shops closed early. "
            + "Volunteers filled sandbags all night. The mayor thanked them.\", "
            + "\"summary\": \"river floods town\\nvolunteers fill sandbags\"}",
        "{\"id\": \"b\", \"text\": \"The council met on Friday. It approved a new park. Residents "
            + "had asked for the park for years. Work starts in spring.\", "
            + "\"summary\": \"council approves new park\", \"extract_ids\": [2]}", ""));
    return file;
  }

  @Test
  void tablesEveryMethodBesideLead() throws IOException {
    Cli.Result r = Cli.run("eval", "rouge", corpus().toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("tiny.jsonl (2 documents)").contains("lead").contains("auto=trained")
        .contains("textrank").contains("ROUGE-1");
  }

  @Test
  void jsonHasScoresInPercent() throws IOException {
    Cli.Result r = Cli.run("eval", "rouge", "--json", "--methods", "lead", corpus().toString());
    JsonNode lead = new ObjectMapper().readTree(r.out()).get("files").get(0).get("methods").get(0);
    assertThat(lead.get("method").asText()).isEqualTo("lead");
    assertThat(lead.get("rouge1").asDouble()).isBetween(1.0, 100.0);
    assertThat(lead.get("docs_per_s").asDouble()).isPositive();
  }

  @Test
  void unknownMethodIsAUsageError() throws IOException {
    assertThat(Cli.run("eval", "rouge", "--methods", "magic", corpus().toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void trainingRefusesDevData() throws IOException {
    Path dev = dir.resolve("cnndm-see-dev.jsonl");
    Files.copy(corpus(), dev);
    Cli.Result r = Cli.run("train", "ranker", "--out", dir.resolve("m.bin").toString(), dev.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("evaluation data");
  }
}
