package dev.precis.core.translate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One document's run of an Apertium pair: the txt deformatter, the pair's programs and the
 * reformatter, started from their argument vectors (never through a shell) before the
 * document is ready, so that their start-up (0.5–2.5 s of loading transducers) overlaps
 * precis's own work. The programs are the ones the {@code apertium} script runs, listed by
 * Apertium's own {@code apertium-wblank-mode}, minus the script's shell and gawk stages, so the
 * output is the script's byte for byte with less work.
 *
 * <p>A pipeline serves one document: Apertium's HMM tagger carries state from one document to
 * the next when it is kept open with null flushes (measured: "one" read as a numeral in a
 * fresh run, as a pronoun in a second document), so a kept-open pipeline would make a
 * translation depend on what was translated before it.
 */
final class ApertiumPipeline {
  private final List<Process> processes;
  private final Path log;

  private ApertiumPipeline(List<Process> processes, Path log) {
    this.processes = processes;
    this.log = log;
  }

  /**
   * Starts the programs of {@code pair} for the engine installed as {@code apertium}; null
   * when they cannot be listed (an older Apertium, a mode file this class does not
   * understand): the caller then runs the {@code apertium} script instead.
   */
  static ApertiumPipeline start(Path apertium, String pair, boolean markUnknown) {
    Path bin = apertium.getParent();
    Path mode = modesDirectory(apertium).resolve(pair + ".mode");
    Path wblankMode = bin.resolve("apertium-wblank-mode");
    if (!Files.isRegularFile(mode) || !Files.isExecutable(wblankMode)) {
      return null;
    }
    Subprocess.Result listed = Subprocess.run(List.of(wblankMode.toString(), mode.toString()), "", 30);
    List<List<String>> pairPrograms = listed.exitCode() == 0
        ? commands(listed.stdout(), markUnknown ? "-g" : "-n") : null;
    if (pairPrograms == null) {
      return null;
    }
    List<List<String>> commands = new ArrayList<>();
    commands.add(List.of("apertium-destxt"));
    commands.addAll(pairPrograms);
    commands.add(List.of("apertium-retxt"));
    try {
      Path log = Files.createTempFile("precis-apertium-", ".log");
      log.toFile().deleteOnExit(); // also when the run ends before the pipeline (a wrong guess)
      List<ProcessBuilder> builders = new ArrayList<>();
      for (List<String> command : commands) {
        builders.add(new ProcessBuilder(resolve(bin, command))
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())));
      }
      return new ApertiumPipeline(ProcessBuilder.startPipeline(builders), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start apertium " + pair, e);
    }
  }

  /** Where the engine installed as {@code apertium} keeps its pairs' mode files. */
  static Path modesDirectory(Path apertium) {
    return apertium.getParent().resolveSibling("share/apertium/modes");
  }

  /**
   * The commands of a mode's pipeline line: split at each {@code |}, words split at spaces
   * with single or double quotes kept together; {@code $1} is the unknown-word option and
   * {@code $2} the tagger's (none). Null for anything else a shell would interpret.
   */
  static List<List<String>> commands(String line, String unknownWordOption) {
    List<List<String>> commands = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    String text = line.strip();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '|';
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (i == text.length()) {
          return null; // an unclosed quote
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c) || c == '|') {
        if (word != null) {
          String w = word.toString();
          if (w.equals("$1")) {
            words.add(unknownWordOption);
          } else if (w.indexOf('$') >= 0 && !w.equals("$2")) {
            return null; // a variable the script would have set
          } else if (!w.equals("$2")) {
            words.add(w);
          }
          word = null;
        }
        if (c == '|') {
          if (words.isEmpty()) {
            return null;
          }
          commands.add(List.copyOf(words));
          words.clear();
        }
      } else if ("`;&<>()\\".indexOf(c) >= 0) {
        return null;
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    return commands.isEmpty() ? null : commands;
  }

  /** Apertium's programs beside the {@code apertium} script first, as the script does. */
  private static List<String> resolve(Path bin, List<String> command) {
    Path program = bin.resolve(command.get(0));
    if (command.get(0).indexOf('/') >= 0 || !Files.isExecutable(program)) {
      return command;
    }
    List<String> resolved = new ArrayList<>(command);
    resolved.set(0, program.toString());
    return resolved;
  }

  /** Whether every program is still running (waiting for its document). */
  boolean isAlive() {
    return processes.stream().allMatch(Process::isAlive);
  }

  /**
   * Translates the document, handing each line of the translation to {@code lines} as it
   * comes back; the pipeline has ended when this returns.
   */
  void translate(String pairName, String text, long timeoutSeconds, Consumer<String> lines) {
    OutputStream in = processes.get(0).getOutputStream();
    Thread writer = new Thread(() -> {
      try (OutputStream s = in) {
        s.write(text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // a program ended early: its exit code and the log say why
      }
    }, "apertium-input");
    writer.setDaemon(true);
    writer.start();
    AtomicBoolean timedOut = new AtomicBoolean();
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(TimeUnit.SECONDS.toMillis(timeoutSeconds));
        timedOut.set(true);
        processes.forEach(Process::destroyForcibly); // ends the read below
      } catch (InterruptedException e) {
        // finished in time
      }
    }, "apertium-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    Process last = processes.get(processes.size() - 1);
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(last.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.accept(line);
      }
    } catch (IOException e) {
      // the stream closes when a program is killed; the checks below say why
    } finally {
      watchdog.interrupt();
    }
    try {
      for (Process p : processes) {
        if (timedOut.get() || !p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          close();
          throw new UncheckedIOException("apertium " + pairName + " timed out",
              new IOException("no answer after " + timeoutSeconds + " s"));
        }
        if (p.exitValue() != 0) {
          String reason = firstLogLine();
          close();
          throw new UncheckedIOException("apertium " + pairName + " failed", new IOException(reason));
        }
      }
    } catch (InterruptedException e) {
      close();
      Thread.currentThread().interrupt();
      throw new UncheckedIOException("apertium " + pairName + " interrupted", new IOException(e));
    }
    close();
  }

  private String firstLogLine() {
    try {
      String text = Files.readString(log).strip();
      return text.isEmpty() ? "no error message" : text.split("\n", 2)[0];
    } catch (IOException e) {
      return "no error message";
    }
  }

  /** Ends the programs (a pipeline started for a document that never came) and the log. */
  void close() {
    processes.forEach(Process::destroy);
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // a temporary file; the system cleans it up
    }
  }
}
