package dev.precis.eval;

import java.util.function.IntSupplier;

/**
 * Measures how fast a piece of work runs on one thread: warm up, then repeat it until a
 * minimum time has passed. Competing implementations are measured in the same run so that
 * their ratio, not the absolute figure, is what a report leans on.
 */
public final class Throughput {
  private Throughput() {}

  /** Runs per second of {@code work} after {@code warmupMillis}, over at least {@code millis}. */
  public static double runsPerSecond(IntSupplier work, long warmupMillis, long millis) {
    long end = System.nanoTime() + warmupMillis * 1_000_000;
    int sink = 0;
    while (System.nanoTime() < end) {
      sink += work.getAsInt();
    }
    long start = System.nanoTime();
    int runs = 0;
    long elapsed;
    do {
      sink += work.getAsInt();
      runs++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < millis * 1_000_000);
    if (sink == 42) {
      Thread.onSpinWait(); // keeps the results alive so the JIT cannot drop the work
    }
    return runs / (elapsed / 1e9);
  }

  /**
   * Like {@link #runsPerSecond}, but timed by the thread's CPU time: what one core does when
   * the machine is shared, where wall time would count the time the thread waited its turn.
   * Falls back to wall time where the JVM cannot measure thread CPU time.
   */
  public static double runsPerCpuSecond(IntSupplier work, long warmupMillis, long millis) {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      return runsPerSecond(work, warmupMillis, millis);
    }
    long end = System.nanoTime() + warmupMillis * 1_000_000;
    int sink = 0;
    while (System.nanoTime() < end) {
      sink += work.getAsInt();
    }
    long start = threads.getCurrentThreadCpuTime();
    int runs = 0;
    long elapsed;
    do {
      sink += work.getAsInt();
      runs++;
      elapsed = threads.getCurrentThreadCpuTime() - start;
    } while (elapsed < millis * 1_000_000);
    if (sink == 42) {
      Thread.onSpinWait();
    }
    return runs / (elapsed / 1e9);
  }
}
