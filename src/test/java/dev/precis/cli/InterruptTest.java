package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 13: a run ended by SIGTERM (what Ctrl-C's SIGINT does too) leaves no
 * temporary file, and JSON Lines on standard output end on a whole line. Runs precis as a
 * real process, since signals end the JVM; standard input stays open so it is mid-run.
 */
class InterruptTest {
  @TempDir Path dir;

  private static Process start(Path dir, Path stdout, String... args) throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    if (stdout != null) {
      builder.redirectOutput(stdout.toFile());
    }
    return builder.start();
  }

  /** Waits for {@code condition}, giving up after a minute (a slow machine's JVM start). */
  private static void await(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
      Thread.sleep(100);
    }
    assertThat(condition.getAsBoolean()).as("condition reached within a minute").isTrue();
  }

  private static List<Path> temporaries(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void sigtermDuringDashOLeavesNoTemporaryFile() throws Exception {
    Process precis = start(dir, null, "split", "-o", "out.txt");
    await(() -> !temporaries(dir).isEmpty()); // -o is open, waiting for standard input
    precis.destroy();
    assertThat(precis.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(temporaries(dir)).isEmpty();
    assertThat(dir.resolve("out.txt")).doesNotExist();
  }

  @Test
  void sigtermDuringBatchToAFileEndsOnAWholeLine() throws Exception {
    Path out = dir.resolve("out.jsonl");
    Process precis = start(dir, out, "batch", "-j", "1", "split", "-");
    OutputStream stdin = precis.getOutputStream();
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      records.append("{\"id\":").append(i).append(",\"text\":\"Record number ").append(i)
          .append(" is here. It has two sentences, and some words.\"}\n");
    }
    stdin.write(records.toString().getBytes(StandardCharsets.UTF_8));
    stdin.flush(); // and left open: the batch waits for more
    await(() -> out.toFile().length() > 0);
    precis.destroy();
    assertThat(precis.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String written = Files.readString(out);
    assertThat(written).endsWith("\n");
    ObjectMapper json = new ObjectMapper();
    for (String line : written.lines().toList()) {
      assertThat(json.readTree(line).get("sentences")).hasSize(2);
    }
  }
}
