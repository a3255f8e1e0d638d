package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.format.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `translate --lines`: one output line per input line, for sentence-per-line corpora. */
class TranslateLinesTest {
  @TempDir Path dir;

  @Test
  void eachInputLineGivesOneOutputLine() throws Exception {
    TranslateCommandTest.assumeApertium();
    Path file = dir.resolve("lines.eng");
    Files.writeString(file, String.join("\n",
        "The council voted on Tuesday to rebuild the pier.",
        "Work will begin before the summer. It will take eighteen months.",
        "",
        "Fishermen welcomed the decision.",
        ""));
    Cli.Result r = Cli.run("translate", "--to", "es", "--lines", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).containsIgnoringCase("consejo").doesNotContain("council");
    assertThat(lines.get(1)).containsIgnoringCase("verano");
    assertThat(lines.get(2)).isEmpty();
    assertThat(lines.get(3)).isNotBlank().doesNotContain("Fishermen welcomed");

    JsonNode json = Json.mapper().readTree(
        Cli.run("translate", "--to", "es", "--lines", "-f", "json", file.toString()).out());
    assertThat(json.get("lines")).hasSize(3);
    assertThat(json.get("lines").get(2).get("line").asInt()).isEqualTo(4);
    assertThat(json.get("lines").get(2).get("text").asText())
        .isEqualTo("Fishermen welcomed the decision.");
  }

  @Test
  void aSentencePerLineCorpusKeepsItsLineCount() throws Exception {
    TranslateCommandTest.assumeApertium();
    Path ntrex = TranslateCommandTest.MT.resolve("ntrex128-head96.eng");
    Assumptions.assumeTrue(Files.exists(ntrex), "../shared absent");
    List<String> source = Files.readAllLines(ntrex).subList(0, 24);
    Path file = Files.write(dir.resolve("head.eng"), source);
    Cli.Result r = Cli.run("translate", "--to", "es", "--lines", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().toList()).hasSize(24).allSatisfy(line -> assertThat(line).isNotBlank());
  }
}
