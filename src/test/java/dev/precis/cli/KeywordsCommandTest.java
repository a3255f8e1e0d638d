package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class KeywordsCommandTest {
  @Test
  void findsTheSeedArticlesSubjects() {
    Cli.Result r = Cli.run("keywords", "-k", "5", Cli.seedArticle().toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(5);
    assertThat(r.out()).contains("Tokayev").contains("Charles Michel");
  }

  @Test
  void jsonGivesScoresAndOffsetsThatSliceBack() throws IOException {
    String text = Files.readString(Cli.seedArticle());
    Cli.Result r = Cli.run("keywords", "-f", "json", Cli.seedArticle().toString());
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode keywords = root.get("keywords");
    assertThat(keywords.size()).isEqualTo(10);
    assertThat(keywords.get(0).get("score").asDouble()).isEqualTo(1.0);
    double previous = 2;
    for (JsonNode k : keywords) {
      assertThat(k.get("score").asDouble()).isLessThanOrEqualTo(previous);
      previous = k.get("score").asDouble();
      JsonNode first = k.get("occurrences").get(0);
      String slice = text.substring(first.get("start").asInt(), first.get("end").asInt());
      assertThat(slice.replaceAll("\\s+", " ")).isEqualTo(k.get("phrase").asText());
      assertThat(k.get("count").asInt()).isEqualTo(k.get("occurrences").size());
    }
  }

  @Test
  void stopWordsAndVerbsAreNotKeyPhrases() {
    Cli.Result r = Cli.runWithInput("The engineers repaired the old bridge. The old bridge "
        + "reopened to traffic. Engineers said the bridge was safe.", "keywords", "-k", "3");
    assertThat(r.out()).contains("old bridge").doesNotContain("said").doesNotContain("The\n");
  }
}
