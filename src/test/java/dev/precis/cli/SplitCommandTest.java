package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void splitsTheSeedArticleOneSentencePerLine() {
    Cli.Result r = Cli.run("split", Cli.seedArticle().toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().split("\n")).hasSize(18);
  }

  @Test
  void readsStandardInputWithoutFileOrWithDash() {
    String text = "First one. Second one.";
    assertThat(Cli.runWithInput(text, "split").out()).isEqualTo("First one.\nSecond one.\n");
    assertThat(Cli.runWithInput(text, "split", "-").out()).isEqualTo("First one.\nSecond one.\n");
  }

  @Test
  void jsonGivesCodePointOffsetsThatSliceBackToTheInput() throws IOException {
    String text = "Emoji 😀 first. Then “quoted.”\n\nNew paragraph here.";
    Cli.Result r = Cli.runWithInput(text, "split", "-f", "json");
    assertThat(r.exitCode()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("schema").asInt()).isEqualTo(1);
    assertThat(root.get("command").asText()).isEqualTo("split");
    int[] codePoints = text.codePoints().toArray();
    assertThat(root.get("length").asInt()).isEqualTo(codePoints.length);
    assertThat(root.get("sentences")).hasSize(3);
    for (JsonNode s : root.get("sentences")) {
      String slice = new String(codePoints, s.get("start").asInt(),
          s.get("end").asInt() - s.get("start").asInt());
      assertThat(slice).isEqualTo(s.get("text").asText());
    }
    assertThat(root.get("sentences").get(2).get("paragraph").asInt()).isEqualTo(1);
  }

  @Test
  void markdownNumbersSentencesAndKeepsParagraphs() {
    Cli.Result r = Cli.runWithInput("One *star*. Two.\n\nThree.", "split", "-f", "markdown");
    assertThat(r.out()).isEqualTo("1. One \\*star\\*.\n2. Two.\n\n3. Three.\n");
  }

  @Test
  void jsonLinesCopyRecordFieldsAndReportBadLinesWithoutStopping() throws IOException {
    String input = "{\"id\": \"a\", \"text\": \"One. Two.\"}\nnot json\n{\"id\": 7, \"text\": \"Three.\"}\n";
    Cli.Result r = Cli.runWithInput(input, "split", "--jsonl");
    assertThat(r.exitCode()).isEqualTo(2);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3); // one line per input line: the bad one is an error record
    assertThat(JSON.readTree(lines.get(0)).get("id").asText()).isEqualTo("a");
    assertThat(JSON.readTree(lines.get(0)).get("sentences")).hasSize(2);
    assertThat(JSON.readTree(lines.get(1)).get("source").asText()).isEqualTo("<stdin>:2");
    assertThat(JSON.readTree(lines.get(1)).get("error").asText()).startsWith("malformed JSON");
    assertThat(JSON.readTree(lines.get(2)).get("id").asInt()).isEqualTo(7);
    assertThat(r.err()).startsWith("precis: <stdin>:2: malformed JSON").doesNotContain("at dev.");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void missingFileIsOneLineAndExitTwo() {
    Cli.Result r = Cli.run("split", "no-such-file.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("precis: no-such-file.txt: no such file\n");
  }

  @Test
  void invalidUtf8AndBinaryInputNameTheByteOffset() throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '.'});
    Cli.Result bad = Cli.run("split", latin1.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).startsWith("precis: " + latin1 + ": invalid UTF-8 at byte offset 3 (")
        .contains("--encoding");
    Cli.Result fixed = Cli.run("split", "--encoding", "windows-1252", latin1.toString());
    assertThat(fixed.out()).isEqualTo("café.\n");

    Path binary = Files.write(dir.resolve("x.bin"), new byte[] {'a', 'b', 0, 1});
    Cli.Result b = Cli.run("split", binary.toString());
    assertThat(b.exitCode()).isEqualTo(2);
    assertThat(b.err()).contains("binary input (NUL byte at byte offset 2)");
  }

  @Test
  void emptyInputGivesNoSentencesAndSucceeds() {
    assertThat(Cli.runWithInput("", "split")).isEqualTo(new Cli.Result(0, "", ""));
    assertThat(Cli.runWithInput(" \n\u00a0\n", "split").out()).isEmpty();
    assertThat(Cli.runWithInput("", "split", "-f", "json").out()).contains("\"sentences\":[]");
  }

  @Test
  void byteOrderMarkAndCrLfLineEndsAreAccepted() {
    byte[] bytes = "\uFEFFOne\r\nstill one.\r\n\r\nTwo.".getBytes(StandardCharsets.UTF_8);
    Cli.Result r = Cli.run(bytes, "split");
    assertThat(r.out()).isEqualTo("One still one.\nTwo.\n");
  }

  @Test
  void noSentenceStartsOrEndsWithANoBreakSpace() {
    Cli.Result r = Cli.runWithInput("It ended.\u00a0 Then it began.\u00a0", "split");
    assertThat(r.out()).isEqualTo("It ended.\nThen it began.\n");
  }

  @Test
  void outputFileIsWrittenWholeOrNotAtAll() throws IOException {
    Path out = dir.resolve("out.txt");
    Files.writeString(out, "previous");
    Cli.Result failed = Cli.run("split", "-o", out.toString(), Cli.seedArticle().toString(), "missing.txt");
    assertThat(failed.exitCode()).isEqualTo(2);
    assertThat(Files.readString(out)).isEqualTo("previous");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out); // no temporary file left behind
    }

    Cli.Result ok = Cli.run("split", "-o", out.toString(), Cli.seedArticle().toString());
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).isEmpty();
    assertThat(Files.readAllLines(out)).hasSize(18);
  }

  @Test
  void outputToADeviceOrThroughALinkLeavesItInPlace() throws IOException {
    // Replacing /dev/null with a regular file would break the machine: it is written in place.
    Cli.Result devNull = Cli.run("split", "-o", "/dev/null", Cli.seedArticle().toString());
    assertThat(devNull.exitCode()).isZero();
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();

    Path real = Files.writeString(dir.resolve("real.txt"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
    assertThat(Cli.run("split", "-o", link.toString(), Cli.seedArticle().toString()).exitCode()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllLines(real)).hasSize(18);

    Cli.Result folder = Cli.run("split", "-o", dir.toString(), Cli.seedArticle().toString());
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).isEqualTo("precis: " + dir + ": is a directory\n");
  }

  @Test
  void severalFilesGetHeadersInText() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "A one. A two.");
    Path b = Files.writeString(dir.resolve("b.txt"), "B one.");
    Cli.Result r = Cli.run("split", a.toString(), b.toString());
    assertThat(r.out()).isEqualTo("==> " + a + " <==\nA one.\nA two.\n\n==> " + b + " <==\nB one.\n");
  }

  @Test
  void closedStandardOutputEndsQuietly() {
    OutputStream closedAfterFirstWrite = new OutputStream() {
      private int writes;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (writes++ > 0) {
          throw new IOException("Broken pipe");
        }
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String big = "A sentence here. ".repeat(100_000);
    int code = Main.run(new String[] {"split"},
        new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), closedAfterFirstWrite, err);
    assertThat(code).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void usageErrorsAreOneLineWithExitTwo() {
    Cli.Result r = Cli.run("split", "--no-such-option");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("precis: Unknown option: '--no-such-option'");

    Cli.Result format = Cli.run("split", "-f", "yaml");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("unknown format 'yaml'");

    Cli.Result splitter = Cli.runWithInput("x", "split", "--splitter", "nope");
    assertThat(splitter.exitCode()).isEqualTo(2);
    assertThat(splitter.err()).isEqualTo(
        "precis: unknown splitter 'nope' (choose from: precis, opennlp, rules)\n");
  }

  @Test
  void helpListsTheCommandsAndVersionPrints() {
    Cli.Result help = Cli.run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("split").contains("eval").contains("Exit codes");
    Cli.Result version = Cli.run("--version");
    assertThat(version.out()).startsWith("precis ");
    // Usage errors point to COMMAND --help, so every command must answer it.
    for (String command : List.of("split", "batch", "shell", "eval", "config", "completion")) {
      Cli.Result commandHelp = Cli.run(command, "--help");
      assertThat(commandHelp.exitCode()).as(command).isZero();
      assertThat(commandHelp.out()).as(command).startsWith("Usage: precis " + command);
    }
  }

  @Test
  void debugShowsTheStackTraceOfAnInternalErrorOnly() {
    Cli.Result r = Cli.run("split", "--debug", "no-such-file.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("precis: no-such-file.txt: no such file\n");
  }
}
