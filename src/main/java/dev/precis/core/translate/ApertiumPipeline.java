package dev.precis.core.translate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
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
 * One Apertium pair's programs, started once and kept for every document of a run, as the
 * APy server keeps them: the dozen programs of a pair spend 0.5–2.5 s loading their
 * transducers, which a shell session or a JSON Lines corpus then pays once, not per document.
 *
 * <p>The programs come from the pair's mode file through {@code apertium-wblank-mode -z},
 * Apertium's own tool for this (the {@code apertium} script runs the same list), and run from
 * their argument vectors, never through a shell. With {@code -z} each program flushes at a NUL
 * byte, so a document followed by a NUL comes back followed by a NUL. The txt deformatter and
 * reformatter, which do not flush, run once per document around the pipeline.
 */
final class ApertiumPipeline implements AutoCloseable {
  private final Path binDirectory;
  private final List<Process> processes;
  private final Path log;
  private final OutputStream in;
  private final InputStream out;

  private ApertiumPipeline(Path binDirectory, List<Process> processes, Path log) {
    this.binDirectory = binDirectory;
    this.processes = processes;
    this.log = log;
    this.in = processes.get(0).getOutputStream();
    this.out = processes.get(processes.size() - 1).getInputStream();
  }

  /**
   * Starts the pipeline of {@code pair} for the engine installed as {@code apertium};
   * null when the pair's programs cannot be listed (an older Apertium, a mode file this
   * class does not understand): the caller then runs the {@code apertium} script instead.
   */
  static ApertiumPipeline start(Path apertium, String pair, boolean markUnknown) {
    Path bin = apertium.getParent();
    Path mode = bin.resolveSibling("share/apertium/modes/" + pair + ".mode");
    Path wblankMode = bin.resolve("apertium-wblank-mode");
    if (!Files.isRegularFile(mode) || !Files.isExecutable(wblankMode)) {
      return null;
    }
    Subprocess.Result listed = Subprocess.run(List.of(wblankMode.toString(), "-z", mode.toString()), "", 30);
    List<List<String>> commands = listed.exitCode() == 0
        ? commands(listed.stdout(), markUnknown ? "-g" : "-n") : null;
    if (commands == null) {
      return null;
    }
    try {
      Path log = Files.createTempFile("precis-apertium-", ".log");
      List<ProcessBuilder> builders = new ArrayList<>();
      for (List<String> command : commands) {
        builders.add(new ProcessBuilder(resolve(bin, command))
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())));
      }
      return new ApertiumPipeline(bin, ProcessBuilder.startPipeline(builders), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start apertium " + pair, e);
    }
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

  boolean isAlive() {
    return processes.stream().allMatch(Process::isAlive);
  }

  /**
   * Translates one document, handing each line of the translation to {@code lines} as it
   * comes back. One document at a time.
   */
  synchronized void translate(String pairName, String text, long timeoutSeconds,
      Consumer<String> lines) {
    Process deformat = Subprocess.start(List.of(binDirectory.resolve("apertium-destxt").toString()));
    Process reformat = Subprocess.start(List.of(binDirectory.resolve("apertium-retxt").toString()));
    List<Thread> pumps = List.of(
        pump("apertium-input", () -> writeAndClose(deformat.getOutputStream(), text)),
        pump("apertium-deformat", () -> feed(deformat.getInputStream())),
        pump("apertium-output", () -> drain(reformat.getOutputStream())));
    AtomicBoolean timedOut = new AtomicBoolean();
    Thread watchdog = pump("apertium-watchdog", () -> {
      try {
        Thread.sleep(TimeUnit.SECONDS.toMillis(timeoutSeconds));
        timedOut.set(true);
        close(); // unblocks every pump and the reader below
      } catch (InterruptedException e) {
        // finished in time
      }
    });
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(reformat.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.accept(line);
      }
    } catch (IOException e) {
      // the stream closes when the pipeline is closed; the checks below say why
    } finally {
      watchdog.interrupt();
      pumps.forEach(ApertiumPipeline::join);
      deformat.destroy();
      reformat.destroy();
    }
    if (timedOut.get() || !isAlive()) {
      String reason = timedOut.get() ? "no answer after " + timeoutSeconds + " s" : firstLogLine();
      close();
      throw new UncheckedIOException("apertium " + pairName + (timedOut.get() ? " timed out" : " failed"),
          new IOException(reason));
    }
  }

  /** The deformatted document into the pipeline, then the NUL that flushes it through. */
  private void feed(InputStream deformatted) {
    try (InputStream d = deformatted) {
      d.transferTo(in);
      in.write(0);
      in.flush();
    } catch (IOException e) {
      // the pipeline ended early: the caller reports its error
    }
  }

  /**
   * The pipeline's output up to the document's NUL into the reformatter. Nothing follows the
   * NUL: the pipeline is silent until the next document is written.
   */
  private void drain(OutputStream reformatter) {
    try (OutputStream r = reformatter) {
      byte[] buffer = new byte[1 << 16];
      for (int n = out.read(buffer); n >= 0; n = out.read(buffer)) {
        int nul = indexOfNul(buffer, n);
        r.write(buffer, 0, nul >= 0 ? nul : n);
        if (nul >= 0) {
          return;
        }
      }
    } catch (IOException e) {
      // the pipeline ended early: the caller reports its error
    }
  }

  private static int indexOfNul(byte[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      if (buffer[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static void writeAndClose(OutputStream stream, String text) {
    try (OutputStream s = stream) {
      s.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // the deformatter ended early: the caller reports the pipeline's error
    }
  }

  private static Thread pump(String name, Runnable work) {
    Thread t = new Thread(work, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String firstLogLine() {
    try {
      String text = Files.readString(log).strip();
      return text.isEmpty() ? "no error message" : text.split("\n", 2)[0];
    } catch (IOException e) {
      return "no error message";
    }
  }

  /** Ends the programs (they end on their own once their input closes) and the log. */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // already closed
    }
    processes.forEach(Process::destroy);
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // a temporary file; the system cleans it up
    }
  }
}
