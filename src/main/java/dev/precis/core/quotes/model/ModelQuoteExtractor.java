package dev.precis.core.quotes.model;

import dev.precis.core.Document;
import dev.precis.core.quotes.Quote;
import dev.precis.core.quotes.QuoteExtractor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;

/**
 * The rules with a trained {@link QuoteModel}: the model judges the cues of reported speech
 * inside the rules (see {@link dev.precis.core.quotes.CueJudge}) and then drops the partial
 * quotes it finds unlikely to be attributions (scare quotes, titles). {@code model}: the model alone decides cues;
 * {@code combined}: a word is a cue when the rules' lexicon or the model says so.
 */
public final class ModelQuoteExtractor implements QuoteExtractor {
  public static final String MODEL = "model";
  public static final String COMBINED = "combined";
  /** The least keep probability of a quote; chosen by cross-validation on the training split. */
  public static final double KEEP_AT = 0.5;

  /**
   * The kinds the filter judges: partial quotes only. A filter of direct quotes learnt
   * PolNeAR's conventions and dropped 40% of the direct quotes of ggt-dev, a corpus that
   * annotates them all; on reported speech it cost more recall than it gained precision in
   * 5-fold cross-validation on PolNeAR's training split (indirect span F1 34.8 with it, 36.3
   * without).
   */
  private static final Set<Quote.Kind> FILTERED = EnumSet.of(Quote.Kind.PARTIAL);
  private final String name;
  private final QuoteExtractor rules;
  private final QuoteModel model;
  private final double keepAt;

  /**
   * @param rules the rule extractor built with {@code model.judge(...)}
   * @param keepAt the least keep probability of a quote (0 keeps every quote)
   */
  public ModelQuoteExtractor(String name, QuoteExtractor rules, QuoteModel model, double keepAt) {
    this.name = name;
    this.rules = rules;
    this.model = model;
    this.keepAt = keepAt;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Quote> extract(Document document) {
    List<Quote> found = rules.extract(document);
    if (keepAt <= 0) {
      return found;
    }
    List<Quote> kept = new ArrayList<>(found.size());
    for (Quote q : found) {
      if (!FILTERED.contains(q.kind()) || model.keepProbability(document.text(), q) >= keepAt) {
        kept.add(q);
      }
    }
    return List.copyOf(kept);
  }
}
