package dev.precis.cli;

import dev.precis.core.InputException;
import java.io.PrintWriter;

/** Prints the one-line errors users see: {@code precis: SOURCE: what went wrong (hint)}. */
final class ErrorReporter {
  private final PrintWriter err;
  private int count;
  private int internalCount;

  ErrorReporter(PrintWriter err) {
    this.err = err;
  }

  void report(InputException e) {
    line(e.source(), e.getMessage(), e.hint());
  }

  void line(String source, String message, String hint) {
    count++;
    StringBuilder line = new StringBuilder("precis: ");
    if (source != null) {
      line.append(source).append(": ");
    }
    line.append(message);
    if (hint != null) {
      line.append(" (").append(hint).append(')');
    }
    err.println(TerminalText.oneLine(line.toString()));
    err.flush();
  }

  /** A failure that is precis's, not the input's (a bug): counted apart, for exit code 1. */
  void internal(String source, RuntimeException e) {
    internalCount++;
    line(source, "internal error: " + e, "run with --debug for details");
  }

  /** A failure that is not the input's (I/O, a server): counted apart, for exit code 1. */
  void failure(String source, String message) {
    internalCount++;
    line(source, message, null);
  }

  int internalCount() {
    return internalCount;
  }

  int count() {
    return count;
  }
}
