package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.html.SyntheticPages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NO_TEXT =
      "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>";

  @TempDir Path dir;

  @Test
  void printsTitleThenBodyParagraphs() throws IOException {
    Path page = Files.writeString(dir.resolve("pier.html"), SyntheticPages.newsPage());
    Cli.Result r = Cli.run("extract", page.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith(SyntheticPages.TITLE + "\n\nThe council of Port Wendle")
        .endsWith("in the autumn of next year.\n")
        .doesNotContain("Related stories").doesNotContain("Copyright");
  }

  @Test
  void readsStandardInput() {
    Cli.Result r = Cli.runWithInput(SyntheticPages.newsPage(), "extract");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Councillors approved the plan");
  }

  @Test
  void markdownHasHeadingBylineAndParagraphs() {
    Cli.Result r = Cli.runWithInput(SyntheticPages.newsPage(), "extract", "-f", "markdown");
    assertThat(r.out()).startsWith("# " + SyntheticPages.TITLE + "\n\n*Mara Ellison*\n\n"
        + "The council of Port Wendle");
  }

  @Test
  void jsonCarriesTitleBylineLanguageAndBodyWithParagraphSpans() throws IOException {
    Cli.Result r = Cli.runWithInput(SyntheticPages.newsPage(), "extract", "-f", "json");
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("command").asText()).isEqualTo("extract");
    assertThat(root.get("title").asText()).isEqualTo(SyntheticPages.TITLE);
    assertThat(root.get("byline").asText()).isEqualTo("Mara Ellison");
    assertThat(root.get("language").asText()).isEqualTo("en-GB");
    String body = root.get("body").asText();
    assertThat(root.get("length").asInt()).isEqualTo(body.codePointCount(0, body.length()));
    JsonNode first = root.get("paragraphs").get(0);
    assertThat(body.substring(first.get("start").asInt(), first.get("end").asInt()))
        .startsWith("The council").endsWith("over its cost.");
  }

  @Test
  void jsonLinesRecordsMayCarryHtmlInsteadOfText() throws IOException {
    ObjectNode record = JSON.createObjectNode().put("id", "p1").put("html", SyntheticPages.newsPage());
    String input = JSON.writeValueAsString(record) + "\n"
        + "{\"id\": \"p2\", \"text\": \"<p>A plain text record, long enough to be kept.</p>\"}\n";
    Cli.Result r = Cli.runWithInput(input, "extract", "--jsonl");
    assertThat(r.exitCode()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("p1");
    assertThat(first.has("html")).isFalse();
    assertThat(first.get("title").asText()).isEqualTo(SyntheticPages.TITLE);
    assertThat(JSON.readTree(lines.get(1)).get("body").asText())
        .isEqualTo("A plain text record, long enough to be kept.");
  }

  @Test
  void recordWithNeitherTextNorHtmlIsOneLineError() {
    Cli.Result r = Cli.runWithInput("{\"id\": 1, \"body\": \"x\"}\n", "extract", "--jsonl");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("precis: <stdin>:1: record has no string field \"text\" or "
        + "\"html\" (each line must be an object such as {\"id\": 1, \"text\": \"...\"})\n");
  }

  @Test
  void htmlWithNoBodyTextIsOneLineErrorAndExitTwo() throws IOException {
    Path page = Files.writeString(dir.resolve("empty.html"), NO_TEXT);
    Cli.Result r = Cli.run("extract", page.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("precis: " + page + ": no article text found in the HTML")
        .doesNotContain("at dev.").doesNotContain("Exception");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void oneEmptyPageDoesNotStopTheOthers() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.html"), NO_TEXT);
    Path good = Files.writeString(dir.resolve("good.html"), SyntheticPages.newsPage());
    Cli.Result r = Cli.run("extract", empty.toString(), good.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).contains("Port Wendle");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void plainTextPassesThroughWithItsParagraphs() {
    String text = "A plain sentence about the harbour.\n\nA second paragraph follows it.\n";
    Cli.Result r = Cli.runWithInput(text, "extract");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(text);
    Cli.Result empty = Cli.runWithInput("  \n", "extract");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).isEqualTo("precis: <stdin>: no text (the input is empty)\n");
  }

  @Test
  void unknownExtractorIsRejected() {
    Cli.Result r = Cli.runWithInput(SyntheticPages.newsPage(), "extract", "--extractor", "nope");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown extractor 'nope'");
  }

  @Test
  void evalExtractScoresGoldPagesAndTheBodyBaseline() throws IOException {
    ObjectNode record = JSON.createObjectNode().put("id", "synthetic-1")
        .put("url", "https://ledger.example/pier").put("html", SyntheticPages.newsPage())
        .put("article_body", String.join("\n\n",
            "The council of Port Wendle voted on Tuesday to rebuild the ferry pier that storms "
                + "damaged last winter, ending a year of arguments over its cost.",
            "Councillors approved the plan by seven votes to two, after engineers said the "
                + "timber piles could no longer carry the weight of a loaded ferry."));
    Path gold = Files.writeString(dir.resolve("gold.jsonl"),
        JSON.writeValueAsString(record) + "\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("eval", "extract", gold.toString(), "--json", "--seconds", "0");
    assertThat(r.exitCode()).isZero();
    JsonNode root = JSON.readTree(r.out());
    JsonNode summary = root.get("summary");
    assertThat(summary.get("recall").asDouble()).isEqualTo(1.0);
    // The extractor keeps more of the article than the gold holds, but far less furniture
    // than the whole-body baseline does.
    assertThat(summary.get("precision").asDouble()).isBetween(0.2, 0.99);
    assertThat(summary.get("f1").asDouble())
        .isGreaterThan(root.get("body_baseline").get("f1").asDouble());
    assertThat(root.get("pages").get(0).get("id").asText()).isEqualTo("synthetic-1");

    Cli.Result table = Cli.run("eval", "extract", gold.toString(), "--seconds", "0");
    assertThat(table.out()).contains("ledger.example").contains("mean over 1 pages");
  }
}
