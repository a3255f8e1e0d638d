package dev.precis.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * Options of {@link Precis#extract}.
 *
 * @param extractor the article extractor's name ({@code precis}, or {@code body} for all text)
 */
public record ExtractOptions(String extractor) implements Serializable {
  /** The default extractor. */
  public static final ExtractOptions DEFAULTS = new ExtractOptions("precis");

  public ExtractOptions {
    Objects.requireNonNull(extractor, "extractor");
  }
}
