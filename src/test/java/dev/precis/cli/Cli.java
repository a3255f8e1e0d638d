package dev.precis.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the real command line in-process with captured streams. */
public final class Cli {
  private Cli() {}

  /** What one run printed and returned. */
  public record Result(int exitCode, String out, String err) {}

  public static Result run(String... args) {
    return run(new byte[0], args);
  }

  public static Result run(byte[] stdin, String... args) {
    return run(new ByteArrayInputStream(stdin), args);
  }

  /** Runs with {@code stdin} as standard input: a stream that need not end. */
  public static Result run(java.io.InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, stdin, out, err);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs with the given environment variables (config, NO_COLOR, ...) and no terminal. */
  public static Result runWithEnv(java.util.Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(new byte[0]), out, err, Terminal.none(env));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  public static Result runWithInput(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** The seed article, from the project's examples folder. */
  public static Path seedArticle() {
    return Path.of("examples", "kazakhstan-eu-call.txt");
  }
}
