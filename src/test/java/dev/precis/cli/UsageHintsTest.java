package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mistyped command or option gets a suggestion; a bare `precis` in a pipe, a usage error. */
class UsageHintsTest {
  @Test
  void mistypedCommandSuggestsTheCommand() {
    Cli.Result r = Cli.run("summarise", Cli.seedArticle().toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("precis: unknown command 'summarise' "
        + "(did you mean summarize? see 'precis --help')\n");
  }

  @Test
  void mistypedOptionSuggestsTheOption() {
    Cli.Result r = Cli.run("summarize", "--word", "60", Cli.seedArticle().toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("precis: Unknown option: '--word'")
        .contains("did you mean --words?").contains("see 'precis summarize --help'")
        .hasLineCount(1);
  }

  @Test
  void textPipedToPrecisWithNoCommandIsAUsageError() {
    Cli.Result r = Cli.runWithInput("Some text someone meant to split.\n");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(
        "precis: no command given (e.g. 'precis split FILE'; see 'precis --help')\n");
  }

  @Test
  void helpStillPrintsTheUsage() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: precis").contains("summarize");
  }
}
