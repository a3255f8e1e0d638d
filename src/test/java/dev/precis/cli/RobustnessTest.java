package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.io.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: bounded memory on endless input, and no record, byte or write error lost. */
class RobustnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** A stream of one byte repeated forever: /dev/zero, or `yes | tr -d '\n'`. */
  private static InputStream endless(byte b) {
    return new InputStream() {
      @Override
      public int read() {
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        java.util.Arrays.fill(buffer, offset, offset + length, b);
        return length;
      }
    };
  }

  private static List<JsonNode> records(String out) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.lines().toList()) {
      records.add(JSON.readTree(line));
    }
    return records;
  }

  // 1. Endless input: one line, exit 2, never an OutOfMemoryError.

  @Test
  void anEndlessDocumentIsCutOffAtTheCapWithOneLine() {
    Cli.Result r = Cli.run(endless((byte) 0), "split");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly(
        "precis: <stdin>: larger than 32 MB, the limit for one document (split it into parts)");
    assertThat(Cli.run("split", "/dev/zero").err()).startsWith("precis: /dev/zero: larger than 32 MB");
  }

  @Test
  void theShellRefusesToLoadAnEndlessFileAndGoesOn() {
    Cli.Result r = Cli.runWithInput("load /dev/zero\nload " + Cli.seedArticle() + "\nexit\n", "shell");
    assertThat(r.out()).contains("/dev/zero: larger than 32 MB, the limit for one document")
        .contains("loaded " + Cli.seedArticle());
  }

  @Test
  void anEndlessJsonLinesLineIsOneErrorRecord() throws IOException {
    Cli.Result r = Cli.run(endless((byte) 'y'), "split", "--jsonl");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    List<JsonNode> out = records(r.out());
    assertThat(out).hasSize(1);
    assertThat(out.get(0).get("source").asText()).isEqualTo("<stdin>:1");
    assertThat(out.get(0).get("error").asText()).startsWith("line longer than 32 MB");

    Cli.Result batch = Cli.run(endless((byte) 0), "batch", "split", "-");
    assertThat(records(batch.out())).hasSize(1);
    assertThat(batch.err()).contains("1 documents, 1 failed");
  }

  @Test
  void aRecordOverTheCapIsReportedAndTheNextOneIsRead() throws IOException {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes("{\"id\":1,\"text\":\"One.\"}\n{\"id\":2,\"text\":\"".getBytes(StandardCharsets.UTF_8));
    input.writeBytes("x".repeat(Limits.MAX_LINE_BYTES).getBytes(StandardCharsets.UTF_8));
    input.writeBytes("\"}\n{\"id\":3,\"text\":\"Three.\"}\n".getBytes(StandardCharsets.UTF_8));
    Cli.Result r = Cli.run(input.toByteArray(), "split", "--jsonl");
    List<JsonNode> out = records(r.out());
    assertThat(out).hasSize(3);
    assertThat(out.get(1).get("source").asText()).isEqualTo("<stdin>:2");
    assertThat(out.get(1).get("error").asText()).startsWith("line longer than 32 MB");
    assertThat(out.get(2).get("id").asInt()).isEqualTo(3);
    assertThat(r.exitCode()).isEqualTo(2);
  }

  // 8. Every JSON Lines record gives one output line, also when its processing fails.

  @Test
  void aRecordWhoseProcessingFailsGetsAnErrorRecordWithItsId() throws IOException {
    String input = "{\"id\":1,\"text\":\"One. Two.\"}\n{\"id\":2,\"html\":\"<nav>menu</nav>\"}\n"
        + "{\"id\":3,\"text\":\"Three.\"}\n";
    Cli.Result r = Cli.runWithInput(input, "split", "--jsonl");
    List<JsonNode> out = records(r.out());
    assertThat(out).extracting(n -> n.get("id").asInt()).containsExactly(1, 2, 3);
    assertThat(out.get(1).has("error")).isTrue();
    assertThat(out.get(1).has("sentences")).isFalse();
    assertThat(out.get(2).get("sentences")).hasSize(1);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1).allMatch(l -> l.startsWith("precis: <stdin>:2: "));
  }

  @Test
  void summarizeWithSentencesThatDoNotMatchTheTextGoesOn() throws IOException {
    String input = "{\"id\":1,\"text\":\"One. Two.\",\"sentences\":[\"Nothing like it.\"]}\n"
        + "{\"id\":2,\"text\":\"Two is here. And three.\"}\n";
    Cli.Result r = Cli.runWithInput(input, "summarize", "--jsonl");
    List<JsonNode> out = records(r.out());
    assertThat(out).extracting(n -> n.get("id").asInt()).containsExactly(1, 2);
    assertThat(out.get(1).has("error")).isFalse();
  }

  // 9. An invalid UTF-8 byte spoils only its own line.

  @Test
  void anInvalidUtf8ByteIsReportedForItsLineAndReadingGoesOn() throws IOException {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes("{\"id\":1,\"text\":\"One.\"}\n{\"id\":2,\"text\":\"Caf".getBytes(StandardCharsets.UTF_8));
    input.write(0xE9); // Latin-1 é: not UTF-8
    input.writeBytes("\"}\n{\"id\":3,\"text\":\"Three.\"}\n".getBytes(StandardCharsets.UTF_8));
    Cli.Result r = Cli.run(input.toByteArray(), "split", "--jsonl");
    List<JsonNode> out = records(r.out());
    assertThat(out).hasSize(3);
    assertThat(out.get(1).get("source").asText()).isEqualTo("<stdin>:2");
    assertThat(out.get(1).get("error").asText()).startsWith("invalid UTF-8 at byte 20 of the line");
    assertThat(out.get(2).get("id").asInt()).isEqualTo(3);
    assertThat(r.err()).startsWith("precis: <stdin>:2: invalid UTF-8");

    Cli.Result batch = Cli.run(input.toByteArray(), "batch", "split", "-");
    assertThat(records(batch.out())).hasSize(3);
    assertThat(batch.err()).contains("3 documents, 1 failed");
  }

  // 10. A failed write is exit 1 and one line; only a closed pipe is quiet.

  private static OutputStream failing(String message) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(message);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException(message);
      }
    };
  }

  @Test
  void aFullDiskIsAFailureButAClosedPipeIsNot() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = {"split", Cli.seedArticle().toString()};
    int code = Main.run(args, InputStream.nullInputStream(), failing("No space left on device"), err);
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "precis: standard output: cannot write: No space left on device");

    ByteArrayOutputStream quiet = new ByteArrayOutputStream();
    assertThat(Main.run(args, InputStream.nullInputStream(), failing("Broken pipe"), quiet)).isZero();
    assertThat(quiet.size()).isZero();
  }

  @Test
  void writingToDevFullWithDashOIsExitOne() {
    Cli.Result r = Cli.run("split", "-o", "/dev/full", Cli.seedArticle().toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines()).containsExactly("precis: /dev/full: cannot write: No space left on device");
  }

  // 11. --jsonl -o: the good results are written, the bad line reported.

  @Test
  void jsonLinesToAFileKeepsTheGoodResultsAndReportsTheBadLine() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Cli.Result r = Cli.runWithInput("{\"id\":1,\"text\":\"One.\"}\nnot json\n{\"id\":3,\"text\":\"Three.\"}\n",
        "split", "--jsonl", "-o", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    List<JsonNode> written = records(Files.readString(out));
    assertThat(written).hasSize(3);
    assertThat(written.get(0).get("id").asInt()).isEqualTo(1);
    assertThat(written.get(1).get("error").asText()).startsWith("malformed JSON");
    assertThat(written.get(2).get("id").asInt()).isEqualTo(3);
  }

  // 12. batch --out-dir: safe, unique names and an index; every document accounted for.

  @Test
  void outDirNamesAreSafeUniqueAndIndexed() throws IOException {
    String longId = "x".repeat(300);
    String input = "{\"id\":\"a\\u0000b/c\",\"text\":\"One.\"}\n{\"id\":\"" + longId + "\",\"text\":\"Two.\"}\n"
        + "{\"id\":\"dup\",\"text\":\"Three.\"}\n{\"id\":\"dup\",\"text\":\"Four.\"}\n"
        + "{\"id\":\"3\",\"text\":\"Five.\"}\n{\"id\":3,\"text\":\"Six.\"}\n{\"id\":\"..\",\"text\":\"Seven.\"}\n";
    Path out = dir.resolve("out");
    Cli.Result r = Cli.runWithInput(input, "batch", "--out-dir", out.toString(), "split", "-");
    assertThat(r.err()).contains("7 documents, 0 failed");
    assertThat(r.exitCode()).isZero();
    List<JsonNode> index = records(Files.readString(out.resolve("index.jsonl")));
    assertThat(index).hasSize(7);
    List<String> names = index.stream().map(n -> n.get("file").asText()).toList();
    assertThat(names).doesNotHaveDuplicates();
    assertThat(names.get(0)).isEqualTo("a_b_c.txt");
    assertThat(names.get(1).getBytes(StandardCharsets.UTF_8).length).isLessThan(255);
    assertThat(names.subList(2, 6)).containsExactly("dup.txt", "dup-2.txt", "3.txt", "3-2.txt");
    assertThat(names.get(6)).doesNotStartWith(".");
    String[] texts = {"One.", "Two.", "Three.", "Four.", "Five.", "Six.", "Seven."};
    for (int i = 0; i < texts.length; i++) {
      assertThat(Files.readString(out.resolve(names.get(i)))).isEqualTo(texts[i] + "\n");
    }
    assertThat(index.get(5).get("id").isInt()).isTrue();
  }

  @Test
  void outDirIndexHoldsTheFailedDocumentsToo() throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r = Cli.runWithInput("{\"id\":1,\"text\":\"One.\"}\nnot json\n", "batch", "--out-dir",
        out.toString(), "split", "-");
    assertThat(r.exitCode()).isEqualTo(1);
    List<JsonNode> index = records(Files.readString(out.resolve("index.jsonl")));
    assertThat(index).hasSize(2);
    assertThat(index.get(0).get("file").asText()).isEqualTo("1.txt");
    assertThat(index.get(1).get("error").asText()).startsWith("malformed JSON");
  }

  // 14. The output's fields win; a record field of the same name is kept as record_NAME.

  @Test
  void recordFieldsNeverOverwriteOutputFields() throws IOException {
    String input = "{\"id\":1,\"text\":\"One. Two.\",\"command\":\"evil\",\"schema\":99,\"error\":\"fake\","
        + "\"sentences\":\"mine\",\"record_schema\":\"kept\"}\n";
    JsonNode out = records(Cli.runWithInput(input, "split", "--jsonl").out()).get(0);
    assertThat(out.get("schema").asInt()).isEqualTo(1);
    assertThat(out.get("command").asText()).isEqualTo("split");
    assertThat(out.has("error")).isFalse();
    assertThat(out.get("sentences")).hasSize(2);
    assertThat(out.get("record_command").asText()).isEqualTo("evil");
    assertThat(out.get("record_error").asText()).isEqualTo("fake");
    assertThat(out.get("record_sentences").asText()).isEqualTo("mine");
    assertThat(out.get("record_schema").asText()).isEqualTo("kept");
    assertThat(out.get("record_record_schema").asInt()).isEqualTo(99);

    Cli.Result batch = Cli.runWithInput(input + "{\"id\":2,\"error\":\"fake\"}\n", "batch", "split", "-");
    List<JsonNode> results = records(batch.out());
    assertThat(results.get(0).get("schema").asInt()).isEqualTo(1);
    assertThat(results.get(0).has("error")).isFalse();
    assertThat(results.get(1).get("error").asText()).contains("no string field \"text\"");
    assertThat(batch.err()).contains("2 documents, 1 failed");
  }

  // 15. Config and environment defaults are applied and checked like flags.

  private Map<String, String> configWith(String properties) throws IOException {
    Files.createDirectories(dir.resolve("precis"));
    Files.writeString(dir.resolve("precis/config.properties"), properties);
    Map<String, String> env = new HashMap<>();
    env.put("XDG_CONFIG_HOME", dir.toString());
    return env;
  }

  @Test
  void summaryLengthDefaultsFromConfigAndEnvironmentApply() throws IOException {
    String seed = Cli.seedArticle().toString();
    assertThat(Cli.runWithEnv(Map.of(), "summarize", seed).out().lines()).hasSize(3);
    assertThat(Cli.runWithEnv(Map.of("PRECIS_SUMMARIZE_SENTENCES", "1"), "summarize", seed).out().lines())
        .hasSize(1);
    assertThat(Cli.runWithEnv(configWith("summarize.sentences=2\n"), "summarize", seed).out().lines())
        .hasSize(2);
    Cli.Result words = Cli.runWithEnv(configWith("summarize.words=30\n"), "summarize", seed);
    assertThat(words.out().split("\\s+").length).isLessThanOrEqualTo(30);
    assertThat(Cli.runWithEnv(configWith("summarize.ratio=0.5\n"), "summarize", seed).out().lines())
        .hasSizeGreaterThan(3);
    // A flag wins over the config, even another option of the same group.
    assertThat(Cli.runWithEnv(configWith("summarize.sentences=2\n"), "summarize", "--ratio", "0.01", seed)
        .out().lines()).hasSize(1);
  }

  @Test
  void batchAppliesTheDefaultsToTheCommandItRuns() throws IOException {
    Path corpus = dir.resolve("corpus.jsonl");
    String article = Files.readString(Cli.seedArticle());
    Files.writeString(corpus, JSON.createObjectNode().put("id", 1).put("text", article) + "\n");
    Cli.Result r = Cli.runWithEnv(Map.of("PRECIS_SUMMARIZE_SENTENCES", "1"), "batch", "summarize",
        corpus.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(records(r.out()).get(0).get("selected")).hasSize(1);
    Cli.Result split = Cli.runWithEnv(Map.of("PRECIS_SPLIT_FORMAT", "markdown"), "batch", "--out-dir",
        dir.resolve("md").toString(), "split", corpus.toString());
    assertThat(split.exitCode()).as(split.err()).isZero();
    assertThat(dir.resolve("md/1.md")).exists();
  }

  @Test
  void badSummaryLengthDefaultsAreUsageErrors() throws IOException {
    String seed = Cli.seedArticle().toString();
    for (String bad : new String[] {"sentences=-5", "sentences=abc", "ratio=NaN", "words=-1"}) {
      Cli.Result r = Cli.runWithEnv(configWith("summarize." + bad + "\n"), "summarize", seed);
      assertThat(r.exitCode()).as(bad).isEqualTo(2);
      assertThat(r.err().lines()).as(bad).hasSize(1);
      assertThat(r.out()).as(bad).isEmpty();
    }
    Cli.Result env = Cli.runWithEnv(Map.of("PRECIS_SUMMARIZE_SENTENCES", "abc"), "summarize", seed);
    assertThat(env.exitCode()).isEqualTo(2);
    assertThat(env.err()).contains("'abc' is not a number");
  }

  // Smaller ones.

  @Test
  void threadCountIsBounded() {
    for (String j : new String[] {"0", "-5", "100000"}) {
      Cli.Result r = Cli.runWithInput("{\"text\":\"One.\"}\n", "batch", "-j", j, "split", "-");
      assertThat(r.exitCode()).as(j).isEqualTo(2);
      assertThat(r.err()).as(j).contains("-j must be between 1 and 256");
    }
  }

  @Test
  void utf16WithAByteOrderMarkIsDecoded() throws IOException {
    Path file = dir.resolve("utf16.txt");
    Files.write(file, "One sentence. Another one.".getBytes(StandardCharsets.UTF_16)); // with BOM
    Cli.Result r = Cli.run("split", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("One sentence.\nAnother one.\n");
  }

  @Test
  void aNamedPipeIsReadLikeAFile() throws Exception {
    Path fifo = dir.resolve("fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo unavailable");
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(fifo, "From a pipe. It works.");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.start();
    Cli.Result r = Cli.run("split", fifo.toString());
    writer.join();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("From a pipe.\nIt works.\n");
  }

  @Test
  void anOutputFileKeepsItsModeAndANewOneGetsTheUsualMode() throws IOException {
    Path existing = dir.resolve("existing.txt");
    Files.writeString(existing, "old");
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(Cli.run("split", "-o", existing.toString(), Cli.seedArticle().toString()).exitCode()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rw-r--r--");

    Path fresh = dir.resolve("fresh.txt");
    Path reference = Files.createFile(dir.resolve("reference")); // the mode the umask gives
    assertThat(Cli.run("split", "-o", fresh.toString(), Cli.seedArticle().toString()).exitCode()).isZero();
    assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(reference));
  }
}
