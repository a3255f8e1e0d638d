package dev.precis.api;

import java.io.Serializable;
import dev.precis.core.summary.LengthLimit;
import dev.precis.core.summary.SummaryOptions;
import java.util.Objects;

/**
 * Options of {@link Precis#summarize}; {@link #builder()} starts from the command line's
 * defaults (three sentences, the {@code auto} method, article order).
 *
 * @param length how long the summary may be
 * @param method the sentence ranker's name ({@code auto}, {@code lead}, {@code trained}, ...)
 * @param diversity redundancy control 0..1, or null for the method's own default
 * @param order the order of the chosen sentences
 * @param title the article's title, or null to take the record's {@code title} field or to
 *     look for one in the text
 * @param noTitle do not look for a title in the text
 * @param explain keep every sentence's score and features in what is rendered
 * @param translation whether to translate the summary
 * @param minWords sentences of fewer words are never chosen
 */
public record SummarizeOptions(LengthLimit length, String method, Double diversity,
    SummaryOptions.Order order, String title, boolean noTitle, boolean explain,
    TranslationSettings translation, int minWords) implements Serializable {
  public SummarizeOptions {
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(translation, "translation");
    if (diversity != null && !(diversity >= 0 && diversity <= 1)) {
      throw new IllegalArgumentException("diversity must be between 0 and 1");
    }
    if (minWords < 0) {
      throw new IllegalArgumentException("minWords must be 0 or more");
    }
  }

  /** The command line's defaults. */
  public static SummarizeOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the command line's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SummarizeOptions}; every setter returns the builder. */
  public static final class Builder {
    private LengthLimit length = LengthLimit.sentences(3);
    private String method = "auto";
    private Double diversity;
    private SummaryOptions.Order order = SummaryOptions.Order.ORIGINAL;
    private String title;
    private boolean noTitle;
    private boolean explain;
    private TranslationSettings translation = TranslationSettings.NONE;
    private int minWords = SummaryOptions.DEFAULT_MIN_WORDS;

    private Builder() {}

    /** At most {@code n} sentences. */
    public Builder sentences(int n) {
      return length(LengthLimit.sentences(n));
    }

    /** At most {@code n} words, whole sentences only. */
    public Builder words(int n) {
      return length(LengthLimit.words(n));
    }

    /** This fraction of the article's sentences (at least one). */
    public Builder ratio(double r) {
      return length(LengthLimit.ratio(r));
    }

    public Builder length(LengthLimit value) {
      length = value;
      return this;
    }

    public Builder method(String value) {
      method = value;
      return this;
    }

    public Builder diversity(Double value) {
      diversity = value;
      return this;
    }

    public Builder order(SummaryOptions.Order value) {
      order = value;
      return this;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder noTitle(boolean value) {
      noTitle = value;
      return this;
    }

    public Builder explain(boolean value) {
      explain = value;
      return this;
    }

    public Builder translation(TranslationSettings value) {
      translation = value;
      return this;
    }

    /** Sentences of fewer than {@code value} words are never chosen (default 5). */
    public Builder minWords(int value) {
      minWords = value;
      return this;
    }

    public SummarizeOptions build() {
      return new SummarizeOptions(length, method, diversity, order, title, noTitle, explain,
          translation, minWords);
    }
  }
}
