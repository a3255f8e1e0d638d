package dev.precis.cli;

import dev.precis.core.InputException;
import java.io.PrintWriter;

/** Prints the one-line errors users see: {@code precis: SOURCE: what went wrong (hint)}. */
final class ErrorReporter {
  private final PrintWriter err;
  private int count;

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
    err.println(line);
    err.flush();
  }

  int count() {
    return count;
  }
}
