package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated bash completion script, driven as bash drives it: COMP_WORDS, COMP_CWORD and
 * COMP_LINE set for a command line with the cursor at its end, then the completion function
 * called and COMPREPLY read back.
 */
class CompletionTest {
  @TempDir static Path dir;
  static Path script;

  @BeforeAll
  static void writeScript() throws IOException {
    Cli.Result r = Cli.run("completion", "bash");
    assertThat(r.exitCode()).isZero();
    script = dir.resolve("precis-completion.bash");
    Files.writeString(script, r.out());
  }

  @Test
  void eachOptionCompletesItsOwnValues() throws Exception {
    assertThat(complete("precis summarize -m ")).containsExactlyInAnyOrderElementsOf(
        Session.rankerNames());
    assertThat(complete("precis split --splitter ")).containsExactlyInAnyOrderElementsOf(
        Session.splitterNames());
    assertThat(complete("precis translate --translator ")).containsExactlyInAnyOrderElementsOf(
        Session.translatorNames());
    assertThat(complete("precis split -f m")).containsExactly("markdown");
  }

  @Test
  void enumValuesCompleteInLowerCase() throws Exception {
    assertThat(complete("precis split --input ")).containsExactlyInAnyOrder("auto", "html", "text");
    assertThat(complete("precis --color n")).containsExactly("never");
    assertThat(complete("precis completion ")).containsExactlyInAnyOrder("bash", "zsh");
  }

  @Test
  void fileArgumentsCompleteFileNames() throws Exception {
    assertThat(complete("precis split examples/ka")).containsExactly(
        "examples/kazakhstan-eu-call.txt");
    assertThat(complete("precis extract examples/")).contains("examples/kazakhstan-eu-call.txt");
  }

  @Test
  void quoteKindsComplete() throws Exception {
    assertThat(complete("precis quotes --kind ")).containsExactlyInAnyOrder("direct", "partial",
        "indirect");
  }

  @Test
  void targetLanguagesAreTheInstalledPairs() throws Exception {
    List<String> targets;
    try (Session session = new Session()) {
      targets = session.translator("apertium", null).pairs().stream().map(p -> p.to())
          .distinct().toList();
    } catch (RuntimeException e) {
      targets = List.of();
    }
    Assumptions.assumeFalse(targets.isEmpty(), "no Apertium pair installed");
    assertThat(complete("precis split --to ")).containsExactlyInAnyOrderElementsOf(targets);
  }

  @Test
  void batchCompletesTheCommandThenThatCommandsOptions() throws Exception {
    assertThat(complete("precis batch ")).contains("split", "summarize", "quotes", "keywords")
        .doesNotContain("batch", "shell", "completion");
    assertThat(complete("precis batch -j 2 su")).containsExactly("summarize");
    assertThat(complete("precis batch split --splitter ")).containsExactlyInAnyOrderElementsOf(
        Session.splitterNames());
    assertThat(complete("precis batch summarize --me")).containsExactly("--method");
  }

  @Test
  void zshRunsTheSameCompletionThroughBashcompinit() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh"))
        || Files.isExecutable(Path.of("/bin/zsh")), "zsh not installed");
    Cli.Result r = Cli.run("completion", "zsh");
    Path zshScript = dir.resolve("precis-completion.zsh");
    Files.writeString(zshScript, r.out());
    assertThat(completeZsh(zshScript, "precis summarize -m ")).containsExactlyInAnyOrderElementsOf(
        Session.rankerNames());
    assertThat(completeZsh(zshScript, "precis split --splitter ")).containsExactlyInAnyOrderElementsOf(
        Session.splitterNames());
    assertThat(completeZsh(zshScript, "precis split examples/ka")).containsExactly(
        "examples/kazakhstan-eu-call.txt");
    assertThat(completeZsh(zshScript, "precis batch su")).containsExactly("summarize");
    assertThat(completeZsh(zshScript, "precis batch split --splitter "))
        .containsExactlyInAnyOrderElementsOf(Session.splitterNames());
  }

  /**
   * What zsh offers: its bashcompinit runs the bash function under {@code emulate -L sh} with
   * PREFIX set to the word being completed (its compgen -f reads PREFIX), then compadd keeps
   * the candidates that start with the word.
   */
  private static List<String> completeZsh(Path zshScript, String line) throws Exception {
    String program = String.join("\n",
        "source " + zshScript + " 2>/dev/null",
        "run() {",
        "  emulate -L sh",
        "  setopt kshglob noshglob braceexpand nokshautoload",
        "  COMP_LINE=\"$1\"",
        "  COMP_POINT=${#COMP_LINE}",
        "  COMP_WORDS=( $1 )",
        "  if [[ \"$1\" == *' ' ]]; then COMP_WORDS+=(''); fi",
        "  COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))",
        "  PREFIX=${COMP_WORDS[COMP_CWORD]}",
        "  COMPREPLY=()",
        "  _complete_precis 2>/dev/null",
        "  printf '%s\\n' \"${COMPREPLY[@]}\"",
        "}",
        "run \"$1\"");
    Process p = new ProcessBuilder("zsh", "-c", program, "zsh", line)
        .directory(Path.of("").toAbsolutePath().toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    String word = line.endsWith(" ") ? "" : line.substring(line.lastIndexOf(' ') + 1);
    return out.lines().map(String::strip).filter(s -> !s.isEmpty() && s.startsWith(word))
        .toList();
  }

  /** What bash offers for {@code line} with the cursor at its end. */
  private static List<String> complete(String line) throws Exception {
    String program = String.join("\n",
        "source " + script,
        "COMP_LINE=\"$1\"",
        "COMP_POINT=${#COMP_LINE}",
        "read -r -a COMP_WORDS <<< \"$COMP_LINE\"",
        "if [[ \"$COMP_LINE\" == *' ' ]]; then COMP_WORDS+=(''); fi",
        "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))",
        // compopt only works inside a real completion; here it complains and changes nothing
        "_complete_precis 2>/dev/null",
        "printf '%s\\n' \"${COMPREPLY[@]}\"");
    Process p = new ProcessBuilder("bash", "-c", program, "bash", line)
        .directory(Path.of("").toAbsolutePath().toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("bash exit code; printed: " + out).isZero();
    return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
