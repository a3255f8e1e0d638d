package dev.precis.cli;

/** Standard output was closed by the reader ({@code | head -1}): stop quietly. */
final class ClosedOutputException extends RuntimeException {
  ClosedOutputException(Throwable cause) {
    super("standard output closed", cause);
  }
}
