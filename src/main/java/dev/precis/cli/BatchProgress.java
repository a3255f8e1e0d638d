package dev.precis.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress display on standard error, redrawn at most five times a second. */
final class BatchProgress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;

  BatchProgress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  void update(int done, int failed) {
    long now = System.nanoTime();
    if (!enabled || now - lastDraw < 200_000_000L) {
      return;
    }
    lastDraw = now;
    double seconds = (now - start) / 1e9;
    err.printf(Locale.ROOT, "\r\033[K%d documents, %d failed, %.0f/s", done, failed,
        done / Math.max(seconds, 1e-3));
    err.flush();
  }

  void done() {
    if (enabled) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
