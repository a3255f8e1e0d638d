package dev.precis.core.summary;

/** The default method: the ranker that scored best on the development data, under its own name. */
public final class AutoRanker implements Ranker {
  public static final String NAME = "auto";

  private final Ranker best;

  public AutoRanker(Ranker best) {
    this.best = best;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The ranker {@code auto} stands for. */
  public Ranker delegate() {
    return best;
  }

  @Override
  public double defaultDiversity() {
    return best.defaultDiversity();
  }

  @Override
  public Ranking rank(Article article) {
    return best.rank(article);
  }
}
