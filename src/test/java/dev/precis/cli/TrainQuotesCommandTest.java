package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainQuotesCommandTest {
  @TempDir
  Path dir;

  /**
   * Ten small articles in the format of shared/data/quotes: a belief annotated as an
   * attribution, the same verb with no content, and a label in quotation marks, not annotated.
   */
  private Path corpus(String name) throws IOException {
    StringBuilder lines = new StringBuilder();
    String[] people = {"Anna Berg", "Tom Okafor", "Lena Novak", "Omar Haddad", "Sam Carter"};
    for (int d = 0; d < 10; d++) {
      String speaker = people[d % people.length];
      String content = "that the bridge will reopen in " + (2020 + d);
      String text = speaker + " thinks " + content + ".\n\n" + people[(d + 1) % people.length]
          + " thinks about storms and floods every winter.\n\n"
          + "The mayor called the plan a \\\"fresh start\\\" for the town.";
      String plain = text.replace("\\\"", "\"");
      int start = plain.indexOf(content);
      lines.append("{\"id\":\"d").append(d).append("\",\"text\":\"")
          .append(text.replace("\n", "\\n")).append("\",\"quotes\":[{\"text\":\"")
          .append(content).append("\",\"start\":").append(start).append(",\"end\":")
          .append(start + content.length()).append(",\"speaker\":\"").append(speaker)
          .append("\",\"speaker_start\":0,\"speaker_end\":").append(speaker.length())
          .append(",\"cue\":\"thinks\",\"cue_start\":").append(speaker.length() + 1)
          .append(",\"kind\":\"indirect\"}]}\n");
    }
    Path file = dir.resolve(name);
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void refusesDevAndTestFiles() throws IOException {
    for (String name : new String[] {"polnear-dev.jsonl", "polnear-test.jsonl"}) {
      Cli.Result r = Cli.run("train", "quotes", "--out", dir.resolve("m.bin").toString(),
          corpus(name).toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("precis: " + dir.resolve(name)
          + ": looks like evaluation data (train only on the training slices)\n");
      assertThat(dir.resolve("m.bin")).doesNotExist();
    }
  }

  @Test
  void tooLittleDataIsOneLine() throws IOException {
    Path one = dir.resolve("one-train.jsonl");
    Files.writeString(one, Files.readAllLines(corpus("tiny-train.jsonl")).get(0) + "\n");
    Cli.Result r = Cli.run("train", "quotes", "--out", dir.resolve("m.bin").toString(),
        one.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("precis: " + one + ": too little training data");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void needsAnOutputOrFolds() throws IOException {
    Cli.Result r = Cli.run("train", "quotes", corpus("tiny-train.jsonl").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("give --out FILE or --folds K");
  }

  @Test
  void aMissingModelIsOneLineNamingItAndHowToRebuildIt() {
    Path missing = dir.resolve("nowhere.bin");
    Cli.Result r = Cli.run("quotes", "-x", "combined", "--model", missing.toString(),
        Cli.seedArticle().toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("precis: " + missing + ": no such quote model (rebuild it "
        + "with `precis train quotes --out models/quotes-en.bin");
  }

  @Test
  void aCorruptModelIsOneLineWithoutAStackTrace() throws IOException {
    Path corrupt = dir.resolve("corrupt.bin");
    Files.write(corrupt, new byte[] {31, -117, 8, 0, 0, 0, 0, 0, 0, -1, 1, 2, 3});
    Cli.Result r = Cli.run("eval", "quotes", "-x", "model", "--model", corrupt.toString(),
        "--seconds", "0", corpus("tiny-train.jsonl").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("precis: " + corrupt + ": cannot read the quote model: ")
        .contains("precis train quotes").doesNotContain("Exception\n").doesNotContain("\tat ");
  }

  @Test
  void aModelItWritesIsReadBack() throws IOException {
    Path out = dir.resolve("q.bin");
    Cli.Result trained = Cli.run("train", "quotes", "--iterations", "20", "--out", out.toString(),
        corpus("tiny-train.jsonl").toString());
    assertThat(trained.exitCode()).as(trained.err()).isZero();
    assertThat(trained.err()).startsWith("trained on 10 articles: 30 cue questions (10 cues), "
        + "20 quotes (10 annotated), 1 cue words");
    Cli.Result used = Cli.run("quotes", "-x", "combined", "--model", out.toString(), "-f", "json",
        Cli.seedArticle().toString());
    assertThat(used.exitCode()).as(used.err()).isZero();
    assertThat(used.out()).contains("\"speaker\"");
  }
}
