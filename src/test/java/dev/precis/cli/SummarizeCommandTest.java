package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.core.Session;
import dev.precis.core.summary.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SummarizeCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<String> methods() {
    return Session.rankerNames();
  }

  private static JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("summarize", "-f", "json"));
    all.addAll(List.of(args));
    all.add(Cli.seedArticle().toString());
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    return MAPPER.readTree(r.out());
  }

  private static List<Integer> indices(JsonNode root) {
    List<Integer> result = new ArrayList<>();
    root.get("selected").forEach(s -> result.add(s.get("index").asInt()));
    return result;
  }

  @ParameterizedTest
  @MethodSource("methods")
  void choosesExactlyNDistinctSentencesInArticleOrder(String method) throws IOException {
    String text = Files.readString(Cli.seedArticle());
    for (int n : new int[] {1, 3, 5}) {
      JsonNode root = json("-m", method, "-n", Integer.toString(n));
      List<Integer> chosen = indices(root);
      assertThat(chosen).hasSize(n).doesNotHaveDuplicates().isSorted();
      for (JsonNode s : root.get("selected")) {
        assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt()))
            .isEqualTo(s.get("text").asText());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("methods")
  void neverExceedsTheWordBudget(String method) throws IOException {
    for (int budget : new int[] {0, 12, 40, 75, 150}) {
      JsonNode root = json("-m", method, "--words", Integer.toString(budget));
      int words = 0;
      for (JsonNode s : root.get("selected")) {
        words += TextAnalyzer.countWords(s.get("text").asText());
      }
      assertThat(words).isLessThanOrEqualTo(budget).isEqualTo(root.get("summarizer").get("words").asInt());
      if (budget >= 40) {
        assertThat(root.get("selected").size()).isPositive();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("methods")
  void isDeterministic(String method) {
    Cli.Result first = Cli.run("summarize", "-m", method, "--explain", Cli.seedArticle().toString());
    Cli.Result second = Cli.run("summarize", "-m", method, "--explain", Cli.seedArticle().toString());
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).isEqualTo(second.out());
  }

  @Test
  void defaultIsThreeSentencesOnePerLine() {
    Cli.Result r = Cli.run("summarize", Cli.seedArticle().toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().split("\n")).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void ratioCountsTheArticlesSentences() throws IOException {
    int all = json("--ratio", "1").get("selected").size();
    assertThat(all).isGreaterThan(10);
    assertThat(json("--ratio", "0.25").get("selected").size()).isEqualTo(Math.round(0.25f * all));
    assertThat(json("--ratio", "0.01").get("selected").size()).isEqualTo(1);
  }

  @Test
  void rankOrderListsTheBestFirst() throws IOException {
    JsonNode root = json("--order", "rank", "--diversity", "0", "-n", "4");
    List<Integer> ranks = new ArrayList<>();
    root.get("selected").forEach(s -> ranks.add(s.get("rank").asInt()));
    assertThat(ranks).containsExactly(1, 2, 3, 4);
  }

  @Test
  void explainShowsEverySentenceWithFeatures() throws IOException {
    JsonNode root = json("--explain", "-m", "trained");
    JsonNode split = MAPPER.readTree(Cli.run("split", "-f", "json", Cli.seedArticle().toString()).out());
    assertThat(root.get("ranking").size()).isEqualTo(split.get("sentences").size());
    assertThat(root.get("ranking").get(0).get("features").has("position")).isTrue();
    long chosen = 0;
    for (JsonNode s : root.get("ranking")) {
      chosen += s.get("chosen").asBoolean() ? 1 : 0;
    }
    assertThat(chosen).isEqualTo(3);
  }

  @Test
  void aTitleLineGuidesButIsNeverRepeated() throws IOException {
    String article = "Floods close the northern railway\n\n"
        + "Heavy rain flooded the northern railway line on Monday. Trains between the two cities "
        + "were cancelled for the day. Engineers said the track would reopen once the water fell.\n\n"
        + "The weather office expects more rain this week. Farmers in the valley moved their "
        + "animals to higher ground.\n";
    Cli.Result r = Cli.runWithInput(article, "summarize", "-f", "json", "-n", "5");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = MAPPER.readTree(r.out());
    assertThat(root.get("summarizer").get("title").asText()).isEqualTo("Floods close the northern railway");
    assertThat(root.get("selected").size()).isEqualTo(5);
    root.get("selected").forEach(s -> assertThat(s.get("text").asText()).doesNotContain("Floods close"));
    // Given another title, the first line is still a heading of the page, not a sentence of
    // the story: it is never chosen either.
    Cli.Result given = Cli.runWithInput(article, "summarize", "--title", "Rain", "-n", "6");
    assertThat(given.out()).doesNotContain("Floods close the northern railway")
        .contains("Heavy rain flooded");
    Cli.Result split = Cli.runWithInput(article, "split", "-f", "json");
    assertThat(MAPPER.readTree(split.out()).get("sentences").get(0).get("kind").asText())
        .isEqualTo("heading");
  }

  @Test
  void jsonLinesRecordsWithSentencesAreTakenAsSplit() throws IOException {
    String record = "{\"id\": 7, \"text\": \"the council met on friday . it voted on the budget . "
        + "members argued for hours .\", \"sentences\": [\"the council met on friday .\", "
        + "\"it voted on the budget .\", \"members argued for hours .\"]}\n";
    Cli.Result r = Cli.runWithInput(record, "summarize", "--jsonl", "-n", "2", "-m", "lead");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = MAPPER.readTree(r.out());
    assertThat(root.get("id").asInt()).isEqualTo(7);
    assertThat(root.get("selected").get(0).get("text").asText()).isEqualTo("the council met on friday .");
    assertThat(root.get("selected").get(1).get("text").asText()).isEqualTo("it voted on the budget .");
  }

  @Test
  void aGivenSentenceMissingFromTheTextIsABadRecord() {
    String record = "{\"text\": \"one sentence here .\", \"sentences\": [\"another one .\"]}\n";
    Cli.Result r = Cli.runWithInput(record, "summarize", "--jsonl");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("not in the text");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(Cli.run("summarize", "-m", "magic", Cli.seedArticle().toString()).exitCode()).isEqualTo(2);
    assertThat(Cli.run("summarize", "-n", "2", "--words", "30", Cli.seedArticle().toString()).exitCode())
        .isEqualTo(2);
    assertThat(Cli.run("summarize", "--diversity", "1.5", Cli.seedArticle().toString()).exitCode())
        .isEqualTo(2);
    assertThat(Cli.run("summarize", "--ratio", "2", Cli.seedArticle().toString()).exitCode()).isEqualTo(2);
    assertThat(Cli.run("summarize", "--order", "random", Cli.seedArticle().toString()).exitCode())
        .isEqualTo(2);
  }

  @Test
  void diversityAvoidsSentencesThatSayTheSameThing() {
    String article = "The city council approved the new budget on Tuesday evening.\n"
        + "On Tuesday evening the city council approved the new budget.\n"
        + "Schools will receive more money for teachers next year.\n"
        + "The mayor praised the vote.\n";
    Cli.Result r = Cli.runWithInput(article, "summarize", "-n", "2", "-m", "lead", "--diversity", "0");
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(new HashSet<>(List.of(lines)))
        .doesNotContain("On Tuesday evening the city council approved the new budget.");
  }
}
