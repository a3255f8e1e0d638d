package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSpeakersCommandTest {
  @Test
  void countsQuotesSpeakersAndBrokenNames(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, "{\"text\":\"Secretary of State John Kerry spoke. "
        + "“We will not give up,” Kerry said Tuesday.\"}\n"
        + "{\"text\":\"“The plan works,” the White House said. No quote here.\"}\n",
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("eval", "speakers", "--json", corpus.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode total = new ObjectMapper().readTree(r.out()).get("total");
    assertThat(total.get("records").asInt()).isEqualTo(2);
    assertThat(total.get("quotes").asInt()).isEqualTo(2);
    assertThat(total.get("with_speaker").asInt()).isEqualTo(2);
    assertThat(total.get("broken").asInt()).isZero(); // "John Kerry", "the White House"
  }

  @Test
  void textReportListsTheRate(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, "{\"text\":\"“It works,” Ada Kent said.\"}\n",
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("eval", "speakers", corpus.toString());
    assertThat(r.out()).contains("broken", "rate", "0.00%", "most frequent broken names");
  }
}
