package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.format.Json;
import dev.precis.format.Tsv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `-f tsv`: a header, one row per item, the same values as the JSON output, one line each. */
class TsvOutputTest {
  private static final String SEED = Cli.seedArticle().toString();

  @TempDir Path dir;

  @Test
  void splitRowsAreTheSentencesOfTheJsonOutput() throws Exception {
    List<String[]> rows = rows(Cli.run("split", "-f", "tsv", SEED));
    JsonNode json = json(Cli.run("split", "-f", "json", SEED));
    assertThat(rows.get(0)).containsExactly("source", "index", "paragraph", "start", "end", "text");
    JsonNode sentences = json.get("sentences");
    assertThat(rows).hasSize(sentences.size() + 1);
    for (int i = 0; i < sentences.size(); i++) {
      String[] row = rows.get(i + 1);
      JsonNode s = sentences.get(i);
      assertThat(row).containsExactly(SEED, s.get("index").asText(), s.get("paragraph").asText(),
          s.get("start").asText(), s.get("end").asText(), Tsv.escape(s.get("text").asText()));
    }
  }

  @Test
  void tabsLineBreaksAndBackslashesInTextAreEscaped() throws Exception {
    Path file = dir.resolve("wrapped.txt");
    Files.writeString(file, "The path C:\\temp was\tshared by the\nteam on Monday. It worked.\n");
    Cli.Result r = Cli.run("split", "-f", "tsv", file.toString());
    assertThat(r.exitCode()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).endsWith("\tThe path C:\\\\temp was\\tshared by the\\nteam on Monday.");
    assertThat(lines.get(1).split("\t", -1)).hasSize(6);
  }

  @Test
  void severalInputsShareOneHeaderAndNameTheirSource() throws Exception {
    Path other = dir.resolve("other.txt");
    Files.writeString(other, "A second story begins here. It has two sentences.\n");
    Cli.Result r = Cli.run("split", "-f", "tsv", SEED, other.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).doesNotContain("==>");
    List<String[]> rows = rows(r);
    assertThat(rows.stream().filter(row -> row[0].equals("source"))).hasSize(1);
    assertThat(rows.stream().filter(row -> row[0].equals(SEED))).hasSize(18);
    assertThat(rows.stream().filter(row -> row[0].equals(other.toString()))).hasSize(2);
  }

  @Test
  void summaryRowsAreTheChosenSentencesInOrder() throws Exception {
    List<String[]> rows = rows(Cli.run("summarize", "-n", "3", "-f", "tsv", SEED));
    JsonNode selected = json(Cli.run("summarize", "-n", "3", "-f", "json", SEED)).get("selected");
    assertThat(rows.get(0)).containsExactly("source", "index", "paragraph", "start", "end",
        "score", "rank", "text");
    assertThat(rows).hasSize(4);
    for (int i = 0; i < 3; i++) {
      assertThat(rows.get(i + 1)[1]).isEqualTo(selected.get(i).get("index").asText());
      assertThat(rows.get(i + 1)[7]).isEqualTo(Tsv.escape(selected.get(i).get("text").asText()));
    }
  }

  @Test
  void quoteRowsCarryKindSpeakerCueTextAndOffsets() throws Exception {
    List<String[]> rows = rows(Cli.run("quotes", "-f", "tsv", SEED));
    JsonNode quotes = json(Cli.run("quotes", "-f", "json", SEED)).get("quotes");
    assertThat(rows.get(0)).containsExactly("source", "index", "kind", "speaker", "cue", "text",
        "start", "end");
    assertThat(quotes.size()).isPositive();
    assertThat(rows).hasSize(quotes.size() + 1);
    for (int i = 0; i < quotes.size(); i++) {
      JsonNode q = quotes.get(i);
      String[] row = rows.get(i + 1);
      assertThat(row[2]).isEqualTo(q.get("kind").asText());
      assertThat(row[3]).isEqualTo(q.get("speaker").isNull() ? "" : q.get("speaker").asText());
      assertThat(row[4]).isEqualTo(q.get("cue").isNull() ? "" : q.get("cue").get("text").asText());
      assertThat(row[5]).isEqualTo(Tsv.escape(q.get("text").asText()));
      assertThat(row[6]).isEqualTo(q.get("start").asText());
      assertThat(row[7]).isEqualTo(q.get("end").asText());
    }
  }

  @Test
  void keywordAndDetectRows() throws Exception {
    List<String[]> keywords = rows(Cli.run("keywords", "-f", "tsv", SEED));
    JsonNode phrases = json(Cli.run("keywords", "-f", "json", SEED)).get("keywords");
    assertThat(keywords.get(0)).containsExactly("source", "rank", "phrase", "score", "count");
    assertThat(keywords).hasSize(phrases.size() + 1);
    assertThat(keywords.get(1)[2]).isEqualTo(phrases.get(0).get("phrase").asText());

    List<String[]> detect = rows(Cli.run("detect", "-f", "tsv", SEED));
    assertThat(detect.get(0)).containsExactly("source", "language", "language_iso1",
        "language_name", "confidence");
    assertThat(detect.get(1)).startsWith(SEED, "eng", "en", "English");
  }

  @Test
  void commandsWithoutRowsRefuseTsv() {
    Cli.Result r = Cli.run("extract", "-f", "tsv", SEED);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("precis: -f tsv is not offered by extract").hasLineCount(1);
  }

  /** The output's rows, each split at tabs; every row as wide as the header. */
  private static List<String[]> rows(Cli.Result r) {
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String[]> rows = r.out().lines().map(line -> line.split("\t", -1)).toList();
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSameSizeAs(rows.get(0)));
    return rows;
  }

  private static JsonNode json(Cli.Result r) throws Exception {
    assertThat(r.exitCode()).isZero();
    return Json.mapper().readTree(r.out().getBytes(StandardCharsets.UTF_8));
  }
}
