package dev.precis.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress display on standard error, redrawn at most five times a second; with
 * the total known (a folder, a JSON Lines file), it shows done/total and the time left.
 */
final class BatchProgress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private volatile int total = -1;

  BatchProgress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** The number of documents in all, when known before they are read. */
  void total(int documents) {
    total = documents;
  }

  void update(int done, int failed) {
    long now = System.nanoTime();
    if (!enabled || now - lastDraw < 200_000_000L) {
      return;
    }
    lastDraw = now;
    double seconds = (now - start) / 1e9;
    err.print("\r\033[K" + line(done, failed, seconds, total));
    err.flush();
  }

  /** The progress line's text: "120/2000 documents, 1 failed, 35/s, 54 s left". */
  static String line(int done, int failed, double seconds, int total) {
    double rate = done / Math.max(seconds, 1e-3);
    if (total < done || total <= 0) {
      return String.format(Locale.ROOT, "%d documents, %d failed, %.0f/s", done, failed, rate);
    }
    String left = done == 0 ? "" : ", " + duration((total - done) / rate) + " left";
    return String.format(Locale.ROOT, "%d/%d documents, %d failed, %.0f/s%s", done, total, failed,
        rate, left);
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s"
        : (s / 3600) + " h " + (s % 3600 / 60) + " min";
  }

  void done() {
    if (enabled) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
