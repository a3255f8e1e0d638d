package dev.precis.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, so that a bad byte spoils only its own
 * line, and without ever holding more than {@code maxLine} bytes of one line, so that a line
 * with no end cannot exhaust memory. Lines end at LF; a CR before it is dropped.
 */
final class LineReader {
  /** What {@link #next} found: a line, a line over the cap, or the end of the input. */
  enum Kind { LINE, TOO_LONG, END }

  private final InputStream in;
  private final int maxLine;
  private final long maxSkip;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private int length;
  /** Whether the last over-long line ended within the skip allowance. */
  private boolean skippedToEnd;

  LineReader(InputStream in, int maxLine, long maxSkip) {
    this.in = in;
    this.maxLine = maxLine;
    this.maxSkip = maxSkip;
  }

  /** Reads the next line into {@link #bytes}/{@link #length}. */
  Kind next() throws IOException {
    length = 0;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        return any ? Kind.LINE : Kind.END;
      }
      any = true;
      int end = indexOf((byte) '\n', position, limit);
      int stop = end < 0 ? limit : end;
      if ((long) length + (stop - position) > maxLine) {
        position = stop;
        skippedToEnd = skipLine(end >= 0);
        return Kind.TOO_LONG;
      }
      append(position, stop);
      position = stop;
      if (end >= 0) {
        position++;
        if (length > 0 && line[length - 1] == '\r') {
          length--;
        }
        return Kind.LINE;
      }
    }
  }

  /** After {@link Kind#TOO_LONG}: whether the reader is at the start of the next line. */
  boolean skippedToEnd() {
    return skippedToEnd;
  }

  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  private boolean skipLine(boolean atEnd) throws IOException {
    long skipped = 0;
    while (true) {
      if (position == limit && !fill()) {
        return true;
      }
      int end = atEnd ? position : indexOf((byte) '\n', position, limit);
      if (end >= 0) {
        position = end + 1;
        return true;
      }
      skipped += limit - position;
      position = limit;
      if (skipped > maxSkip) {
        return false;
      }
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    while (n == 0) {
      n = in.read(buffer);
    }
    position = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(length + n, Math.min(maxLine, line.length * 2)));
    }
    System.arraycopy(buffer, from, line, length, n);
    length += n;
  }

  private int indexOf(byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
