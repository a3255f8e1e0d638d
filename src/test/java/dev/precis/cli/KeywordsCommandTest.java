package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordsCommandTest {
  @Test
  void findsTheSeedArticlesSubjects() {
    Cli.Result r = Cli.run("keywords", "-k", "8", Cli.seedArticle().toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(8);
    // Names whole, without the title or the organisation before them.
    assertThat(lines).contains("Kassym-Jomart Tokayev", "Charles Michel", "Kazakhstan");
    assertThat(r.out()).doesNotContain("President Kassym").doesNotContain("Council Charles")
        .doesNotContain("’s");
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
      List<String> forms = new ArrayList<>();
      for (JsonNode at : k.get("occurrences")) {
        String slice = text.substring(at.get("start").asInt(), at.get("end").asInt());
        assertThat(slice.replaceAll("\\s+", " ")).isEqualTo(at.get("text").asText());
        forms.add(at.get("text").asText());
      }
      // The occurrences are those of the phrase and of each of its variants.
      assertThat(forms).contains(k.get("phrase").asText());
      k.get("variants").forEach(v -> assertThat(forms).contains(v.asText()));
      assertThat(k.get("count").asInt()).isEqualTo(k.get("occurrences").size());
    }
  }

  @Test
  void nearDuplicatesAreOneEntryWithTheirVariants() throws IOException {
    Cli.Result r = Cli.runWithInput("A case of bubonic plague was confirmed in Madagascar on "
        + "Monday. The plague case is the third this year. Plague spreads through fleas. Health "
        + "officials said the bubonic plague patient is in hospital. Madagascar sees plague "
        + "every year.", "keywords", "-f", "json");
    JsonNode keywords = new ObjectMapper().readTree(r.out()).get("keywords");
    List<String> phrases = new ArrayList<>();
    List<String> plague = new ArrayList<>();
    for (JsonNode k : keywords) {
      phrases.add(k.get("phrase").asText());
      if (k.get("phrase").asText().toLowerCase().contains("plague")) {
        plague.add(k.get("phrase").asText());
        k.get("variants").forEach(v -> plague.add(v.asText()));
      }
    }
    assertThat(phrases.stream().filter(p -> p.toLowerCase().contains("plague"))).hasSize(1);
    assertThat(plague).contains("bubonic plague", "plague case");
    assertThat(phrases).noneMatch(p -> p.contains("Monday"));
  }

  @Test
  void hyphenatedWordsAndTitlesDoNotCutPhrases() {
    Cli.Result r = Cli.runWithInput("A federal judge struck down the same-sex marriage ban. "
        + "Governor Gary Herbert said the same-sex marriage ruling was wrong. The 21-year-old "
        + "student welcomed the same-sex marriage decision.", "keywords", "-k", "10");
    assertThat(r.out()).contains("same-sex marriage").doesNotContain("Governor Gary")
        .doesNotContain("year-old").doesNotContainPattern("(?m)^sex ");
  }

  @Test
  void stopWordsAndVerbsAreNotKeyPhrases() {
    Cli.Result r = Cli.runWithInput("The engineers repaired the old bridge. The old bridge "
        + "reopened to traffic. Engineers said the bridge was safe.", "keywords", "-k", "3");
    assertThat(r.out()).contains("old bridge").doesNotContain("said").doesNotContain("The\n");
  }
}
