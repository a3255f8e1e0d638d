package dev.precis.core;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A value computed once, on first use, safely from any thread. */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> compute;
  private volatile T value;

  private Lazy(Supplier<? extends T> compute) {
    this.compute = Objects.requireNonNull(compute);
  }

  public static <T> Lazy<T> of(Supplier<? extends T> compute) {
    return new Lazy<>(compute);
  }

  @Override
  public T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = Objects.requireNonNull(compute.get());
          value = result;
        }
      }
    }
    return result;
  }

  /** Runs {@code action} on the value if it has been computed; never computes it. */
  public void ifComputed(Consumer<? super T> action) {
    T result = value;
    if (result != null) {
      action.accept(result);
    }
  }
}
