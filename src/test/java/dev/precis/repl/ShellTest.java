package dev.precis.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell end to end: scripted through JLine's dumb terminal, and live under tmux. */
class ShellTest {
  @TempDir Path home;

  @Test
  void scriptedSessionLoadsSplitsAndKeepsGoingAfterErrors() {
    String script = String.join("\n", "split", "load " + Cli.seedArticle(), "split", "set format json",
        "split --splitter nope", "split", "paste", "Quotes \"stay\" literal! Even !! and '.", ".",
        "show", "time split --splitter opennlp", "exit", "");
    Cli.Result r = Cli.runWithInput(script, "shell");
    assertThat(r.exitCode()).as("a script with a failed command fails").isEqualTo(2);
    String out = r.out();
    assertThat(out).contains("precis: <stdin>: cannot read: no article loaded (load FILE, or paste)");
    assertThat(out).contains("loaded examples/kazakhstan-eu-call.txt");
    assertThat(out).contains("\nThat is why, the counter terrorism operation has been launched in "
        + "Kazakhstan,” the Head of State said.\n");
    assertThat(out).contains("precis: unknown splitter 'nope'");
    assertThat(out).contains("{\"schema\":1,\"command\":\"split\",\"source\":\"<stdin>\"");
    assertThat(out).contains("[1] Quotes \"stay\" literal!").contains("[2] Even !! and '.");
    assertThat(out).containsPattern("time: \\d+ ms");
  }

  @Test
  void scriptWhoseCommandsAllSucceedExitsZero() {
    Cli.Result r = Cli.runWithInput("load " + Cli.seedArticle() + "\nsplit\nshow\n", "shell");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("[18] He pointed out");
  }

  @Test
  void shellInsideTheShellSaysSoAndTheShellGoesOn() {
    Cli.Result r = Cli.runWithInput("shell\nload " + Cli.seedArticle() + "\nsplit\n", "shell");
    assertThat(r.out()).contains("precis: already in the shell ('exit' leaves it)\n")
        .doesNotContain("internal error").contains("\nHe pointed out");
  }

  @Test
  void historyKeepsCommandsButNotHugeLines() throws IOException {
    String huge = "load " + "x".repeat(20_000);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    dev.precis.cli.Main.run(new String[] {"shell"}, new java.io.ByteArrayInputStream(
        (huge + "\nhelp load\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)), out,
        new java.io.ByteArrayOutputStream(),
        dev.precis.cli.Terminal.none(Map.of("XDG_DATA_HOME", home.toString())));
    String history = Files.readString(home.resolve("precis/history"));
    assertThat(history).contains("help load");
    assertThat(history.lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(5000));
  }

  @Test
  void pasteReadsLongAndWindowsLinesWholeAndHandsBackWhatFollows() {
    String paragraph = "The council voted again. ".repeat(2000).strip();
    Cli.Result r = Cli.runWithInput("paste\n" + paragraph + "\r\nSecond line.\r\n.\r\nshow\n",
        "shell");
    assertThat(r.out()).contains("loaded <paste> (" + (paragraph.length() + 14) + " chars)")
        .contains("# <paste>: 1 paragraphs, 2001 sentences");
  }

  @Test
  void mistypedCommandGetsASuggestionAndHelpExplainsShellCommands() {
    Cli.Result r = Cli.runWithInput("summarise\nlaod x\nhelp load\nhelp exit\n", "shell");
    assertThat(r.out()).contains("precis: unknown command 'summarise' (did you mean summarize? "
        + "'help' lists the commands)\n");
    assertThat(r.out()).contains("precis: unknown command 'laod' (did you mean load? ");
    assertThat(r.out()).doesNotContain("Unmatched argument").doesNotContain("Usage: precis");
    assertThat(r.out()).contains("  load FILE|URL     load an article")
        .contains("web page, its article text")
        .contains("  exit, quit        leave");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void helpListsShellAndPrecisCommandsOnOneScreen() {
    Cli.Result r = Cli.runWithInput("help\n", "shell");
    String help = r.out().substring(r.out().indexOf("Shell commands:"));
    assertThat(help).contains("  load FILE|URL").contains("  summarize ").contains("  batch ");
    assertThat(help.lines().count()).as("lines of help").isLessThanOrEqualTo(30);
    assertThat(help.lines()).as("lines as wide as an 80-column terminal")
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(help).doesNotContain("Exit codes");
  }

  @Test
  void loadingAWebPageLoadsItsArticle() throws IOException {
    Path page = home.resolve("page.html");
    Files.writeString(page, dev.precis.html.SyntheticPages.newsPage());
    Cli.Result r = Cli.runWithInput("load " + page + "\nshow\nsplit\n", "shell");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).containsPattern("loaded \\S*page\\.html: article extracted from the HTML "
        + "page \\(\\d+ chars of text from \\d+ of HTML\\)");
    assertThat(r.out()).contains("[1] Harbour town votes to rebuild its old ferry pier")
        .contains("The council of Port Wendle voted on Tuesday")
        .doesNotContain("<p>").doesNotContain("window.analytics").doesNotContain("cookies");
  }

  @Test
  void historyLivesInTheUserDataDirectoryOrNowhere() {
    assertThat(Shell.historyFile(Map.of("HOME", "/home/ann")))
        .isEqualTo(Path.of("/home/ann/.local/share/precis/history"));
    assertThat(Shell.historyFile(Map.of("HOME", "/home/ann", "XDG_DATA_HOME", "/data")))
        .isEqualTo(Path.of("/data/precis/history"));
    // never the working directory, where a test run once left one behind
    assertThat(Shell.historyFile(Map.of())).isNull();
  }

  @Test
  void liveSessionUnderTmuxCompletesRunsAndSavesHistory() throws Exception {
    Assumptions.assumeTrue(onPath("tmux"), "tmux not installed");
    String session = "precis-test-" + ProcessHandle.current().pid();
    String command = shellCommand();
    run("tmux", "new-session", "-d", "-s", session, "-x", "150", "-y", "50", command);
    try {
      awaitScreen(session, "precis>");
      keys(session, "load examples/kazakhstan-eu-call.txt", "Enter");
      awaitScreen(session, "loaded examples/kazakhstan-eu-call.txt");
      keys(session, "spl", "Tab");
      awaitScreen(session, "precis> split");
      keys(session, "-f markdown", "Enter");
      String screen = awaitScreen(session, "18. He pointed out");
      assertThat(screen).contains("13. That is why");
      keys(session, "clear", "Enter");
      // The summary's first sentence is on the screen already (split printed it): wait for the
      // clear first, or the wait below can return before the summary ran.
      awaitScreenWhere(session, screenNow -> !screenNow.contains("13. That is why"), "cleared");
      keys(session, "summarize -n 2 -f text", "Enter");
      screen = awaitScreen(session, "Kassym-Jomart Tokayev yesterday held");
      assertThat(screen).doesNotContain("13. That is why"); // the screen was cleared
      keys(session, "exit", "Enter");
      awaitHistory(home.resolve("precis/history"), "-f markdown");
    } finally {
      new ProcessBuilder("tmux", "kill-session", "-t", session).start().waitFor();
    }
  }

  @Test
  void ctrlCCancelsBatchAndTranslateCalmlyAndLeavesNoProcess() throws Exception {
    Assumptions.assumeTrue(onPath("tmux"), "tmux not installed");
    Path corpus = Files.createDirectories(home.resolve("corpus"));
    String article = Files.readString(Cli.seedArticle());
    for (int i = 0; i < 2000; i++) {
      Files.writeString(corpus.resolve(String.format("doc-%04d.txt", i)), article);
    }
    Path big = home.resolve("big.txt");
    Files.writeString(big, (article + "\n\n").repeat(60));
    String session = "precis-cancel-" + ProcessHandle.current().pid();
    String command = shellCommand();
    run("tmux", "new-session", "-d", "-s", session, "-x", "150", "-y", "50", command);
    try {
      awaitScreen(session, "precis>");
      long shell = Long.parseLong(output("tmux", "display", "-p", "-t", session, "#{pane_pid}").strip());
      keys(session, "batch summarize " + corpus, "Enter");
      awaitScreen(session, " documents, ");
      run("tmux", "send-keys", "-t", session, "C-c");
      String screen = awaitScreenWhere(session, s -> s.contains("cancelled")
          && s.strip().endsWith("precis>"), "cancelled the batch");
      assertThat(screen).doesNotContain("internal error").doesNotContain("interrupted");

      boolean apertium = TranslateCommandTestAccess.apertiumInstalled();
      if (apertium) {
        keys(session, "clear", "Enter");
        awaitScreenWhere(session, s -> !s.contains("cancelled"), "cleared");
        keys(session, "translate --to es " + big, "Enter");
        awaitChildren(shell, true);
        run("tmux", "send-keys", "-t", session, "C-c");
        screen = awaitScreenWhere(session, s -> s.contains("cancelled")
            && s.strip().endsWith("precis>"), "cancelled the translation");
        assertThat(screen).doesNotContain("Cannot run program").doesNotContain("signal")
            .doesNotContain("internal error");
        awaitChildren(shell, false);
      }
      keys(session, "exit", "Enter");
    } finally {
      new ProcessBuilder("tmux", "kill-session", "-t", session).start().waitFor();
    }
  }

  @Test
  void ctrlCCancelsALoadBlockedOnAFifoAndTheShellGoesOn() throws Exception {
    Assumptions.assumeTrue(onPath("tmux") && onPath("mkfifo"), "tmux or mkfifo not installed");
    Path fifo = home.resolve("nobody-writes");
    run("mkfifo", fifo.toString());
    String session = "precis-fifo-" + ProcessHandle.current().pid();
    run("tmux", "new-session", "-d", "-s", session, "-x", "150", "-y", "50", shellCommand());
    try {
      awaitScreen(session, "precis>");
      keys(session, "load " + fifo, "Enter");
      awaitScreen(session, "precis> load " + fifo);
      Thread.sleep(1000); // let the load block on the FIFO; not a timing claim
      run("tmux", "send-keys", "-t", session, "C-c");
      awaitScreenWhere(session, s -> s.contains("load cancelled")
          && s.strip().endsWith("precis>"), "cancelled the load");
      keys(session, "help load", "Enter");
      awaitScreen(session, "  load FILE|URL     load an article");
      keys(session, "exit", "Enter");
    } finally {
      new ProcessBuilder("tmux", "kill-session", "-t", session).start().waitFor();
    }
  }

  @Test
  void helpOnASmallTerminalPagesFromItsFirstLine() throws Exception {
    Assumptions.assumeTrue(onPath("tmux"), "tmux not installed");
    String session = "precis-help-" + ProcessHandle.current().pid();
    String command = shellCommand();
    run("tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "16", command);
    try {
      awaitScreen(session, "precis>");
      keys(session, "help", "Enter");
      String screen = awaitScreen(session, "-- more");
      assertThat(screen).contains("Shell commands:").contains("load FILE|URL");
      run("tmux", "send-keys", "-t", session, "q");
      awaitScreenWhere(session, s -> s.strip().endsWith("precis>"), "came back to the prompt");
      keys(session, "exit", "Enter");
    } finally {
      new ProcessBuilder("tmux", "kill-session", "-t", session).start().waitFor();
    }
  }

  /**
   * The shell command that starts precis's shell in tmux with this test's home. The class path
   * goes in an argument file: with Spark's jars it is too long for a tmux command.
   */
  private String shellCommand() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path arguments = Files.writeString(home.resolve("java-arguments"),
        "-cp \"" + System.getProperty("java.class.path") + "\"\n");
    return "cd " + Path.of("").toAbsolutePath() + " && HOME=" + home + " XDG_DATA_HOME=" + home
        + " exec " + java + " @" + arguments + " dev.precis.cli.Main";
  }

  /** Waits until the process {@code pid} has child processes (or has none). */
  private static void awaitChildren(long pid, boolean present) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      boolean any = ProcessHandle.of(pid).map(p -> p.children().findAny().isPresent()).orElse(false);
      if (any == present) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("process " + pid + (present ? " started no child" : " kept "
        + ProcessHandle.of(pid).map(p -> p.children().map(c -> c.info().command().orElse("?"))
        .toList().toString()).orElse("")));
  }

  private static String output(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return out;
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /** Types {@code text} literally, then presses {@code key} (Enter, Tab). */
  private static void keys(String session, String text, String key) throws Exception {
    run("tmux", "send-keys", "-t", session, "-l", "--", text);
    run("tmux", "send-keys", "-t", session, key);
  }

  /** Polls the pane until it shows {@code expected}; a hang guard, not a timing claim. */
  private static String awaitScreen(String session, String expected) throws Exception {
    return awaitScreenWhere(session, screen -> screen.contains(expected),
        "showed '" + expected + "'");
  }

  /** Polls the pane until {@code condition} holds for it. */
  private static String awaitScreenWhere(String session, Predicate<String> condition,
      String what) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    String screen = "";
    while (System.nanoTime() < deadline) {
      Process p = new ProcessBuilder("tmux", "capture-pane", "-p", "-t", session).start();
      screen = new String(p.getInputStream().readAllBytes());
      p.waitFor();
      if (condition.test(screen)) {
        return screen;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("screen never " + what + ":\n" + screen);
  }

  private static void awaitHistory(Path file, String expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(file) && Files.readString(file).contains(expected)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("history " + file + " never got '" + expected + "'");
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed: " + output);
    }
  }

}
