package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** batch --include picks a folder's files; the progress line shows the total and time left. */
class BatchIncludeAndProgressTest {
  @TempDir Path dir;

  @Test
  void includeReadsOnlyMatchingFiles() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "First story. It is short.\n");
    Files.writeString(dir.resolve("a.err"), "precis: a.txt: something went wrong\n");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.txt"), "Second story. Also short.\n");
    Files.writeString(dir.resolve("sub/notes.md"), "Notes, not a story.\n");

    List<String> all = sources(Cli.run("batch", "split", dir.toString()));
    assertThat(all).hasSize(4);
    assertThat(sources(Cli.run("batch", "--include", "*.txt", "split", dir.toString())))
        .containsExactly(dir.resolve("a.txt").toString(), dir.resolve("sub/b.txt").toString());
    assertThat(sources(Cli.run("batch", "--include", "sub/*", "split", dir.toString())))
        .containsExactly(dir.resolve("sub/b.txt").toString(), dir.resolve("sub/notes.md").toString());
    assertThat(sources(Cli.run("batch", "--include", "*.md", "--include", "a.*", "split",
        dir.toString()))).hasSize(3);
  }

  @Test
  void progressLineShowsTotalAndTimeLeftWhenTheTotalIsKnown() {
    assertThat(BatchProgress.line(50, 1, 10.0, 200))
        .isEqualTo("50/200 documents, 1 failed, 5/s, 30 s left");
    assertThat(BatchProgress.line(100, 0, 10.0, 7300))
        .isEqualTo("100/7300 documents, 0 failed, 10/s, 12 min 0 s left");
    assertThat(BatchProgress.line(50, 1, 10.0, -1)).isEqualTo("50 documents, 1 failed, 5/s");
  }

  @Test
  void jsonLinesFilesAreCountedForTheTotal() throws Exception {
    Path corpus = Files.writeString(dir.resolve("c.jsonl"),
        "{\"text\":\"One.\"}\n\n{\"text\":\"Two.\"}\r\n{\"text\":\"Three.\"}");
    assertThat(BatchFiles.countLines(corpus)).isEqualTo(3);
  }

  private static List<String> sources(Cli.Result r) {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r.out().lines().map(line -> line.replaceAll(".*\"source\":\"([^\"]*)\".*", "$1")).toList();
  }
}
