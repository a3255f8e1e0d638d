package dev.precis.io;

/**
 * The caps on what precis reads, checked while reading so that an endless stream
 * ({@code /dev/zero}, a line with no end) costs bounded memory: past a cap the document or
 * record is an error, never an OutOfMemoryError. README, "Limits".
 */
public final class Limits {
  /** One document read from a file or standard input. */
  public static final int MAX_DOCUMENT_BYTES = 32 << 20;
  /** One JSON Lines line (a record, its text and fields together). */
  public static final int MAX_LINE_BYTES = 32 << 20;
  /**
   * How much of an over-long line is skipped to find the next record: a line that does not end
   * within this many more bytes ends the reading of its input (it may never end).
   */
  public static final long MAX_SKIP_BYTES = 64L << 20;

  private Limits() {}

  static String megabytes(long bytes) {
    return (bytes >> 20) + " MB";
  }
}
