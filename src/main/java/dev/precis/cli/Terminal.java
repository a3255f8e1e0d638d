package dev.precis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run knows about where it is running: environment variables and which standard
 * streams are terminals. Made once in {@link Main#main}; tests make their own.
 */
public record Terminal(Map<String, String> env, boolean stdinIsTty, boolean stdoutIsTty,
    boolean stderrIsTty) {

  /** A run with no terminal and the given environment: how tests and pipes look. */
  public static Terminal none(Map<String, String> env) {
    return new Terminal(Map.copyOf(env), false, false, false);
  }

  static Terminal current() {
    return new Terminal(System.getenv(), isTty(0), isTty(1), isTty(2));
  }

  /** Whether colour may be used on a stream that is (or is not) a terminal. */
  public boolean colourAllowed(boolean streamIsTty, ColorMode mode) {
    if (mode == ColorMode.NEVER || env.containsKey("NO_COLOR") || "dumb".equals(env.get("TERM"))) {
      return false;
    }
    return mode == ColorMode.ALWAYS || streamIsTty;
  }

  /** Linux: a file descriptor is a terminal when it links to a tty or pty device. */
  private static boolean isTty(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** The {@code --color} choices. */
  public enum ColorMode { AUTO, ALWAYS, NEVER }
}
