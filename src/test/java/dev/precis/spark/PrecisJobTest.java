package dev.precis.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.api.KeywordsOptions;
import dev.precis.api.QuotesOptions;
import dev.precis.api.SummarizeOptions;
import dev.precis.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job and DataFrame functions in a local[2] Spark; run alone with -Dgroups=spark. */
@Tag("spark")
class PrecisJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("precis tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void summarizeOutputEqualsTheCommandLinesJsonLines() throws IOException {
    Path corpus = corpus("summarize.jsonl", 300);
    assertParity(corpus, "summarize", "-n", "2");
  }

  @Test
  void quotesOutputEqualsTheCommandLinesJsonLines() throws IOException {
    Path corpus = corpus("quotes.jsonl", 300);
    List<String> out = assertParity(corpus, "quotes");
    // The corpus has attributed quotes: the comparison is not between empty lists.
    assertThat(out).anySatisfy(line -> assertThat(line).contains("\"speaker\":\"Anna Kovacs\""));
  }

  @Test
  void aFailingRecordBecomesAnErrorRecordAndTheJobGoesOn() throws IOException {
    Path corpus = dir.resolve("bad.jsonl");
    Files.write(corpus, List.of("{\"id\": \"a\", \"text\": \"One sentence. Two sentences.\"}",
        "{not json", "", "{\"id\": \"c\", \"body\": \"no text field\"}",
        "{\"id\": \"d\", \"html\": \"<html><body><nav>Home</nav></body></html>\"}",
        "{\"id\": \"e\", \"text\": \"Last one.\"}"));
    Path out = dir.resolve("bad-out");
    PrecisJob.Outcome outcome = run("split", "--input", corpus.toString(), "--output",
        out.toString());
    List<JsonNode> lines = read(out).stream().map(PrecisJobTest::tree).toList();
    assertThat(outcome.documents()).isEqualTo(5);
    assertThat(outcome.failed()).isEqualTo(3);
    assertThat(lines).extracting(n -> n.path("source").asText()).containsExactly(
        corpus + ":1", corpus + ":2", corpus + ":4", corpus + ":5", corpus + ":6");
    assertThat(lines.get(1).path("error").asText()).startsWith("malformed JSON");
    // As in batch: a record that cannot be read has no fields to carry, only its source.
    assertThat(lines.get(2).has("id")).isFalse();
    assertThat(lines.get(2).path("error").asText()).contains("no string field \"text\"");
    assertThat(lines.get(3).path("error").asText()).contains("no article text");
    assertThat(lines.get(4).path("sentences").get(0).path("text").asText())
        .isEqualTo("Last one.");
  }

  @Test
  void aFolderOfTextAndHtmlFilesToParquet() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(folder.resolve("a.txt"), "The mayor spoke on Monday. She said little.");
    Files.writeString(folder.resolve("b.html"), "<!doctype html><html><head><title>Drains"
        + "</title></head><body><nav><a href=/>Home</a></nav><article><p>The council met on "
        + "Monday. It approved new drains for the old town.</p><p>Work starts in May.</p>"
        + "</article></body></html>");
    Path out = dir.resolve("pages-out");
    PrecisJob.Outcome outcome = run("split", "--input", folder.toString(), "--output",
        out.toString(), "--output-format", "parquet");
    assertThat(outcome.failed()).isZero();
    List<Row> rows = spark.read().parquet(out.toString()).orderBy("source")
        .select("source", "text", "sentences").collectAsList();
    assertThat(rows).extracting(r -> r.getString(0))
        .containsExactly(folder.resolve("a.txt").toString(), folder.resolve("b.html").toString());
    // HTML was reduced to its article, which goes along as "text"; plain text has none.
    assertThat(rows.get(0).isNullAt(1)).isTrue();
    assertThat(rows.get(1).getString(1)).startsWith("Drains\n\nThe council met on Monday.");
    assertThat(rows.get(1).getList(2)).hasSize(4);
  }

  @Test
  void parquetInputWithATextColumn() throws IOException {
    Path table = dir.resolve("articles.parquet");
    spark.createDataset(List.of("{\"id\": 7, \"text\": \"First. Second one here.\"}"),
        Encoders.STRING()).transform(d -> spark.read().json(d)).write().parquet(table.toString());
    Path out = dir.resolve("parquet-out");
    run("split", "--input", table.toString(), "--output", out.toString());
    JsonNode line = tree(read(out).get(0));
    assertThat(line.path("id").asInt()).isEqualTo(7);
    assertThat(line.path("sentences")).hasSize(2);
  }

  @Test
  void dataFrameFunctionsAddResultColumns() throws IOException {
    List<String> records = Corpus.records(10, 7);
    Dataset<Row> articles = spark.read().json(spark.createDataset(records, Encoders.STRING()));
    Dataset<Row> result = PrecisFunctions.withSentences(articles, "text", "sentences");
    result = PrecisFunctions.withSummary(result, "text", "summary",
        SummarizeOptions.builder().sentences(2).build());
    result = PrecisFunctions.withQuotes(result, "text", "quotes", QuotesOptions.DEFAULTS);
    result = PrecisFunctions.withKeyphrases(result, "text", "keyphrases", new KeywordsOptions(5));
    List<Row> rows = result.collectAsList();
    assertThat(rows).hasSize(10);
    int quotes = 0;
    for (Row row : rows) {
      String text = row.getAs("text");
      List<Row> sentences = row.getList(row.fieldIndex("sentences"));
      for (Row s : sentences) {
        assertThat(slice(text, s.getInt(0), s.getInt(1))).isEqualTo(s.getString(2));
      }
      List<Row> summary = row.getList(row.fieldIndex("summary"));
      assertThat(summary).hasSizeBetween(1, 2);
      assertThat(sentences).containsAll(summary);
      quotes += row.getList(row.fieldIndex("quotes")).size();
      assertThat(row.getList(row.fieldIndex("keyphrases"))).hasSizeBetween(1, 5);
    }
    assertThat(quotes).isPositive();
  }

  @Test
  void aWrongCommandOptionStopsTheJobBeforeItStarts() {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code = PrecisJob.run(new String[] {"summarize", "--sentences", "x", "--input", "in",
        "--output", "out"}, new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("precis-spark: ")
        .contains("'x'").doesNotContain("Exception");
  }

  private static String slice(String text, int startCodePoint, int endCodePoint) {
    int start = text.offsetByCodePoints(0, startCodePoint);
    return text.substring(start, text.offsetByCodePoints(start, endCodePoint - startCodePoint));
  }

  /** Runs the job and the command line on {@code corpus}: the lines must be the same. */
  private static List<String> assertParity(Path corpus, String... command) throws IOException {
    List<String> cliArgs = new ArrayList<>(List.of(command));
    cliArgs.add("--jsonl");
    cliArgs.add(corpus.toString());
    Cli.Result cli = Cli.runWithEnv(Map.of(), cliArgs.toArray(new String[0]));
    assertThat(cli.exitCode()).as(cli.err()).isZero();

    Path out = dir.resolve(corpus.getFileName() + "-out");
    List<String> jobArgs = new ArrayList<>(List.of(command));
    jobArgs.addAll(List.of("--input", corpus.toString(), "--output", out.toString(),
        "--partitions", "3"));
    PrecisJob.Outcome outcome = run(jobArgs.toArray(new String[0]));
    assertThat(outcome.failed()).isZero();
    List<String> lines = read(out);
    assertThat(lines).hasSize(300).containsExactlyElementsOf(cli.out().lines().toList());
    return lines;
  }

  private static PrecisJob.Outcome run(String... args) {
    return PrecisJob.run(spark, JobArguments.parse(args), 0);
  }

  private static Path corpus(String name, int records) throws IOException {
    return Files.write(dir.resolve(name), Corpus.records(records, name.hashCode()));
  }

  /** The job's output lines: the part files in order. */
  private static List<String> read(Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-"))
          .sorted().toList()) {
        lines.addAll(Files.readAllLines(part));
      }
    }
    return lines;
  }

  private static JsonNode tree(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalStateException(line, e);
    }
  }
}
