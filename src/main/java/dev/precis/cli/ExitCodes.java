package dev.precis.cli;

/** The documented exit codes (README, "Exit codes"). */
final class ExitCodes {
  /** Success; also when standard output was closed early by the reader. */
  static final int OK = 0;
  /** A failure that is not the user's input: an I/O error while writing, an internal error. */
  static final int FAILURE = 1;
  /** Bad usage or bad input: unknown option, missing file, undecodable or binary bytes. */
  static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
