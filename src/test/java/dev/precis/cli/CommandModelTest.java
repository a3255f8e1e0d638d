package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command model built in code (see Specs): every command is there; no annotation is read. */
class CommandModelTest {
  private static CommandLine fullCommandLine() {
    return Main.fullCommandLine(new RunContext(new dev.precis.core.Session(),
        new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        new PrintWriter(new ByteArrayOutputStream()), Terminal.none(Map.of())));
  }

  @Test
  void theSubcommandsAreTheExpectedOnesInHelpOrder() {
    CommandLine root = fullCommandLine();
    assertThat(root.getSubcommands().keySet()).containsExactly("split", "summarize", "keywords",
        "quotes", "translate", "detect", "languages", "extract", "batch", "shell", "eval", "train",
        "config", "completion");
    assertThat(root.getSubcommands().get("eval").getSubcommands().keySet())
        .containsExactly("sbd", "rouge", "quotes", "speakers", "translate", "extract",
            "summaries", "keywords");
    assertThat(root.getSubcommands().get("train").getSubcommands().keySet())
        .containsExactly("ranker", "quotes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"split", "summarize", "keywords", "quotes", "translate", "detect",
      "languages", "extract", "batch", "shell", "eval", "config", "completion", "eval sbd",
      "eval rouge", "eval quotes", "eval translate", "eval extract", "eval keywords",
      "eval speakers", "eval summaries", "train ranker", "train quotes"})
  void everyCommandPrintsItsUsageHelp(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    Cli.Result result = Cli.run(args.toArray(new String[0]));
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Usage: precis " + command + " [-hV]");
  }

  /**
   * On JDK 17 the JVM generates a {@code $Proxy} class for each annotation type read at run
   * time, which costs start-up; a fresh JVM running `split` must generate none.
   */
  @ParameterizedTest
  @ValueSource(strings = {"split examples/kazakhstan-eu-call.txt", "--help", "--version"})
  void aRunReadsNoAnnotations(String args) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> commandLine = new ArrayList<>(List.of(java, "-Xshare:off", "-Xlog:class+load",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    commandLine.addAll(List.of(args.split(" ")));
    Process process = new ProcessBuilder(commandLine).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(output).contains("dev.precis.cli.Main");
    assertThat(output.lines().filter(line -> line.contains("$Proxy")))
        .as("proxy classes the JVM generated").isEmpty();
  }
}
