package dev.precis.core.translate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
    Thread writer = new Thread(() -> write(process.getOutputStream(), input), "subprocess-stdin");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errReader = new Thread(() -> copy(process.getErrorStream(), err), "subprocess-stderr");
    writer.setDaemon(true);
    errReader.setDaemon(true);
    writer.start();
    errReader.start();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(input.length() + 1024);
      copy(process.getInputStream(), out);
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new UncheckedIOException(argv.get(0) + " timed out",
            new IOException("no answer after " + timeoutSeconds + " s"));
      }
      errReader.join(5000);
      return new Result(process.exitValue(), out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
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
