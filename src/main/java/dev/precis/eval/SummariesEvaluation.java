package dev.precis.eval;

import dev.precis.api.ArticleInput;
import dev.precis.api.Precis;
import dev.precis.api.SummarizeOptions;
import dev.precis.core.summary.Article;
import dev.precis.core.summary.AutoRanker;
import dev.precis.core.summary.LengthLimit;
import dev.precis.core.summary.Ranker;
import dev.precis.core.summary.Summarizer;
import dev.precis.core.summary.Summary;
import dev.precis.core.summary.SummaryOptions;
import dev.precis.html.InputKind;
import dev.precis.io.InputDocument;
import java.util.List;
import java.util.Locale;

/**
 * What summaries look like on a corpus ({@code eval summaries}): for every method at every
 * length, the sentences chosen, their words, the share of junk and of dangling openers and,
 * where the record has a reference summary, ROUGE. Each record is prepared once, as
 * {@link Precis#prepare} does for {@code summarize}, and summarized by every method.
 */
public final class SummariesEvaluation {
  private final Precis precis;
  private final List<String> methods;
  private final List<LengthLimit> lengths;
  private final int minWords;
  private final boolean kinds;
  private final boolean coherence;
  private final Rouge rouge = new Rouge();
  private final Tally[][] tallies;
  private final StringBuilder details = new StringBuilder();

  /**
   * @param kinds whether sentence kinds are set (false: every sentence is a story sentence)
   * @param coherence whether referring openers are kept with their antecedents
   */
  public SummariesEvaluation(Precis precis, List<String> methods, List<LengthLimit> lengths,
      int minWords, boolean kinds, boolean coherence) {
    this.precis = precis;
    this.methods = List.copyOf(methods);
    this.lengths = List.copyOf(lengths);
    this.minWords = minWords;
    this.kinds = kinds;
    this.coherence = coherence;
    this.tallies = new Tally[methods.size()][lengths.size()];
  }

  /** Counts for one method at one length. */
  public static final class Tally {
    private int documents;
    private int chosen;
    private int words;
    private int junk;
    private int dangling;
    private int scored;
    private double r1;
    private double r2;
    private double rl;

    public int documents() {
      return documents;
    }

    public int chosen() {
      return chosen;
    }

    public int words() {
      return words;
    }

    public int junk() {
      return junk;
    }

    public int dangling() {
      return dangling;
    }

    /** Documents with a reference summary. */
    public int scored() {
      return scored;
    }

    /** Sums of ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 over the scored documents. */
    public double rouge1Sum() {
      return r1;
    }

    public double rouge2Sum() {
      return r2;
    }

    public double rougeLSum() {
      return rl;
    }
  }

  /** Summarizes {@code record} with every method at every length and counts the results. */
  public void add(InputDocument record) {
    ArticleInput input = ArticleInput.from(record, record.html() ? InputKind.HTML
        : InputKind.TEXT);
    Article article = precis.prepare(input, SummarizeOptions.defaults(), kinds);
    String reference = record.fields().path("summary").isTextual()
        ? record.fields().get("summary").asText() : null;
    for (int m = 0; m < methods.size(); m++) {
      Ranker ranker = precis.session().ranker(methods.get(m));
      for (int l = 0; l < lengths.size(); l++) {
        Tally t = tallies[m][l] == null ? (tallies[m][l] = new Tally()) : tallies[m][l];
        Summary summary = Summarizer.summarize(article, ranker, new SummaryOptions(
            lengths.get(l), ranker.defaultDiversity(), SummaryOptions.Order.ORIGINAL,
            minWords, coherence));
        count(t, summary, reference, label(m, l), record.source());
      }
    }
  }

  /** The counts of method {@code m} at length {@code l}; null before any record. */
  public Tally tally(int m, int l) {
    return tallies[m][l];
  }

  /** "auto=textrank, 3 sentences": the method as it ran and the length. */
  public String label(int m, int l) {
    Ranker ranker = precis.session().ranker(methods.get(m));
    LengthLimit length = lengths.get(l);
    String name = ranker instanceof AutoRanker auto ? "auto=" + auto.delegate().name()
        : ranker.name();
    return name + (length.unit() == LengthLimit.Unit.WORDS ? ", " + (long) length.value()
        + " words" : ", " + (long) length.value() + " sentences");
  }

  /** One line per junk and dangling sentence chosen, in the order they were met. */
  public String details() {
    return details.toString();
  }

  private void count(Tally t, Summary summary, String reference, String label, String source) {
    t.documents++;
    Article article = summary.article();
    for (int k : summary.chosen()) {
      t.chosen++;
      t.words += article.words(k);
      String why = SummaryQuality.junk(article.text(k));
      if (why != null) {
        t.junk++;
        details.append(String.format(Locale.ROOT, "junk     %-18s %s [%s] %s%n", label,
            source, why, oneLine(article.text(k))));
      }
    }
    for (int k : SummaryQuality.dangling(summary)) {
      t.dangling++;
      details.append(String.format(Locale.ROOT, "dangling %-18s %s %s%n", label,
          source, oneLine(article.text(k))));
    }
    if (reference != null) {
      Rouge.Scores s = rouge.score(reference, summary.text());
      t.scored++;
      t.r1 += s.rouge1().f1();
      t.r2 += s.rouge2().f1();
      t.rl += s.rougeLsum().f1();
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
