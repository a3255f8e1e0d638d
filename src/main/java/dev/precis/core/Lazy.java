package dev.precis.core;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed once, on first use, safely from any thread: made with {@link #of}, or by
 * a subclass that overrides {@link #compute}. A class that declares many lazy values at
 * construction (as {@link Session} does) subclasses: linking each lambda of {@code of} costs
 * a fraction of a millisecond at start-up, loading a small class from the archive far less.
 */
public abstract class Lazy<T> implements Supplier<T> {
  private volatile T value;

  public static <T> Lazy<T> of(Supplier<? extends T> compute) {
    Objects.requireNonNull(compute);
    return new Lazy<>() {
      @Override
      protected T compute() {
        return compute.get();
      }
    };
  }

  /** The value; called once, under this object's lock. */
  protected abstract T compute();

  @Override
  public final T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = Objects.requireNonNull(compute());
          value = result;
        }
      }
    }
    return result;
  }

  /** The value if it has been computed, else null; never computes it. */
  public T computedOrNull() {
    return value;
  }
}
