package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigAndShellTest {
  @TempDir Path xdg;

  private Map<String, String> configWith(String properties) throws IOException {
    Files.createDirectories(xdg.resolve("precis"));
    Files.writeString(xdg.resolve("precis/config.properties"), properties);
    return Map.of("XDG_CONFIG_HOME", xdg.toString());
  }

  @Test
  void configFileSetsDefaultsAndFlagsWin() throws IOException {
    Map<String, String> env = configWith("format=json\n");
    String seed = Cli.seedArticle().toString();
    assertThat(Cli.runWithEnv(env, "split", seed).out()).startsWith("{\"schema\":1");
    assertThat(Cli.runWithEnv(env, "split", "-f", "text", seed).out()).startsWith("Kazakhstan President");
  }

  @Test
  void environmentBeatsTheFileAndCommandKeysWork() throws IOException {
    Map<String, String> env = new java.util.HashMap<>(configWith("split.format=markdown\n"));
    String seed = Cli.seedArticle().toString();
    assertThat(Cli.runWithEnv(env, "split", seed).out()).startsWith("1. Kazakhstan");
    env.put("PRECIS_SPLIT_FORMAT", "json");
    assertThat(Cli.runWithEnv(env, "split", seed).out()).startsWith("{");
  }

  @Test
  void configCommandShowsValuesAndWhereTheyCameFrom() throws IOException {
    Map<String, String> env = new java.util.HashMap<>(configWith("split.splitter=rules\n"));
    env.put("PRECIS_FORMAT", "markdown");
    Cli.Result r = Cli.runWithEnv(env, "config");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("split.splitter = rules    # " + xdg.resolve("precis/config.properties"))
        .contains("split.format = markdown    # PRECIS_FORMAT")
        .contains("eval.sbd.seconds = 6    # default");
  }

  @Test
  void unknownOptionInConfigIsOneLineAndExitTwo() throws IOException {
    Map<String, String> env = configWith("split.colour=red\n");
    Cli.Result r = Cli.runWithEnv(env, "split", Cli.seedArticle().toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("unknown option 'split.colour' in config");
  }

  @Test
  void completionScriptsCoverEveryCommand() {
    Cli.Result bash = Cli.run("completion", "bash");
    assertThat(bash.exitCode()).isZero();
    assertThat(bash.out()).contains("complete -F").contains("split").contains("--splitter")
        .contains("compReplyArray 'precis' 'opennlp' 'rules'")
        .contains("compReplyArray 'text' 'markdown' 'json' 'tsv'");
    assertThat(Cli.run("completion", "zsh").out()).startsWith("autoload -U +X compinit");
  }

  @Test
  void helpHasColourOnlyWhenAskedAndNeverWithNoColor() {
    assertThat(Cli.run("--help").out()).doesNotContain("\u001b[");
    assertThat(Cli.run("--color=always", "--help").out()).contains("\u001b[");
    assertThat(Cli.runWithEnv(Map.of("NO_COLOR", "1"), "--color=always", "--help").out())
        .doesNotContain("\u001b[");
  }
}
