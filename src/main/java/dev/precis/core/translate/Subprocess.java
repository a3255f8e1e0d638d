package dev.precis.core.translate;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a program from an argument vector (never through a shell), feeds it text on standard
 * input from a separate thread (so a full output pipe cannot deadlock the writer) and
 * collects its output.
 */
final class Subprocess {
  private Subprocess() {}

  /** What a finished program printed and returned. */
  record Result(int exitCode, String stdout, String stderr) {}

  static Result run(List<String> argv, String input, long timeoutSeconds) {
    return finish(start(argv), argv, input, timeoutSeconds);
  }

  /** Starts a program that waits for its input; {@link #finish} feeds and collects it. */
  static Process start(List<String> argv) {
    try {
      return new ProcessBuilder(argv).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + argv.get(0), e);
    }
  }

  /** Feeds {@code input} to a started program and collects what it prints. */
  static Result finish(Process process, List<String> argv, String input, long timeoutSeconds) {
    StringBuilder out = new StringBuilder(input.length() + 1024);
    Result r = finish(process, argv, input, timeoutSeconds, line -> out.append(line).append('\n'));
    return new Result(r.exitCode(), out.toString(), r.stderr());
  }

  /**
   * Feeds {@code input} to a started program and hands each line it prints to
   * {@code lines} as it comes, so the caller's work overlaps the program's.
   */
  static Result finish(Process process, List<String> argv, String input, long timeoutSeconds,
      Consumer<String> lines) {
    Thread writer = new Thread(() -> write(process.getOutputStream(), input), "subprocess-stdin");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errReader = new Thread(() -> copy(process.getErrorStream(), err), "subprocess-stderr");
    writer.setDaemon(true);
    errReader.setDaemon(true);
    writer.start();
    errReader.start();
    try {
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          lines.accept(line);
        }
      } catch (IOException e) {
        // the stream closes when the program is killed; what was read is kept
      }
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new UncheckedIOException(argv.get(0) + " timed out",
            new IOException("no answer after " + timeoutSeconds + " s"));
      }
      errReader.join(5000);
      return new Result(process.exitValue(), "", err.toString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(argv.get(0) + " interrupted", new IOException(e));
    }
  }

  private static void write(OutputStream stdin, String input) {
    try (OutputStream in = stdin) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // the program ended early; its exit code and error output tell why
    }
  }

  private static void copy(InputStream from, ByteArrayOutputStream to) {
    try (InputStream in = from) {
      in.transferTo(to);
    } catch (IOException e) {
      // the stream closes when the program is killed; what was read is kept
    }
  }
}
