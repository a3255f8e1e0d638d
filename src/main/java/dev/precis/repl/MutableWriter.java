package dev.precis.repl;

import java.io.Writer;

/** A writer that passes text on until it is muted, then drops it (a cancelled command's). */
final class MutableWriter extends Writer {
  private final Writer target;
  private volatile boolean muted;

  MutableWriter(Writer target) {
    this.target = target;
  }

  void mute() {
    muted = true;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws java.io.IOException {
    if (!muted) {
      target.write(chars, offset, length);
    }
  }

  @Override
  public void flush() throws java.io.IOException {
    if (!muted) {
      target.flush();
    }
  }

  @Override
  public void close() {
    // the terminal's writer outlives every command
  }
}
