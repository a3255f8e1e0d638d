package dev.precis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.api.ArticleInput;
import dev.precis.api.Precis;
import dev.precis.api.QuotesOptions;
import dev.precis.api.SplitOptions;
import dev.precis.api.TranslationSettings;
import dev.precis.core.Chars;
import dev.precis.core.Document;
import dev.precis.core.Span;
import dev.precis.core.quotes.Quote;
import dev.precis.core.quotes.QuoteExtractor;
import dev.precis.core.quotes.Tagger;
import dev.precis.core.split.SentenceSplitter;
import dev.precis.html.InputKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Scores quote extraction on records of {@code ../shared/data/quotes}. Spans are compared
 * after trimming white space, quotation marks and edge punctuation; a predicted quote matches
 * a gold quote of its group when their overlap is at least half of the longer span (one to
 * one, greedily by largest overlap). A matched quote is correctly attributed when its
 * canonical speaker equals the gold {@code speaker_ref} (ignoring case and spaces) or its
 * speaker mention overlaps the gold speaker span. Groups: direct+partial, indirect, all.
 *
 * <p>Two strict figures ask for the name itself: <em>canonical speaker accuracy</em> is the
 * share of matched quotes whose gold has a {@code speaker_ref} that got exactly that name
 * (ignoring case and spaces), and <em>strict attribution</em> counts a quote as correct only
 * when it is matched and carries that name; a mention overlapping the gold one is not enough.
 */
public final class QuoteEvaluation {
  private static final String EDGE = ".,;:!?…—–-\"'“”‘’«»‹›„()[]";

  private QuoteEvaluation() {}

  /** The groups scored, in report order. */
  public enum Group {
    DIRECT_PARTIAL("direct+partial"), INDIRECT("indirect"), ALL("all");

    private final String label;

    Group(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    boolean holds(Quote.Kind kind) {
      return this == ALL || (kind == Quote.Kind.INDIRECT) == (this == INDIRECT);
    }
  }

  /** A gold quote with UTF-16 offsets. */
  public record Gold(Quote.Kind kind, Span span, Span speaker, String speakerRef) {}

  /** One gold record. */
  public record Case(String id, String text, List<Gold> quotes) {
    /** Reads a record; its offsets are code points and become UTF-16 offsets here. */
    public static Case fromJson(JsonNode node) {
      String text = node.path("text").asText();
      List<Gold> quotes = new ArrayList<>();
      for (JsonNode q : node.path("quotes")) {
        Span speaker = q.path("speaker_start").isNumber() && q.path("speaker_end").isNumber()
            ? new Span(utf16(text, q.get("speaker_start").asInt()),
                utf16(text, q.get("speaker_end").asInt())) : null;
        String ref = q.path("speaker_ref").isTextual() ? q.get("speaker_ref").asText() : null;
        quotes.add(new Gold(Quote.Kind.valueOf(q.path("kind").asText().toUpperCase(Locale.ROOT)),
            new Span(utf16(text, q.get("start").asInt()), utf16(text, q.get("end").asInt())),
            speaker, ref));
      }
      return new Case(node.path("id").asText(), text, quotes);
    }

    private static int utf16(String text, int codePoints) {
      return text.offsetByCodePoints(0, codePoints);
    }
  }

  /** Counts for precision, recall and F1. */
  public record Counts(int correct, int predicted, int gold) {
    Counts plus(Counts o) {
      return new Counts(correct + o.correct, predicted + o.predicted, gold + o.gold);
    }

    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * Span and attribution counts of one group.
   *
   * @param strict attribution counted only with the gold canonical name
   * @param named matched quotes whose gold names its speaker ({@code speaker_ref}); of them,
   *     {@code named.correct()} got that name (precision and recall both give the accuracy)
   */
  public record Score(Counts spans, Counts attribution, Counts strict, Counts named) {
    static final Score ZERO = new Score(new Counts(0, 0, 0), new Counts(0, 0, 0),
        new Counts(0, 0, 0), new Counts(0, 0, 0));

    Score plus(Score o) {
      return new Score(spans.plus(o.spans), attribution.plus(o.attribution),
          strict.plus(o.strict), named.plus(o.named));
    }

    /** The share of matched quotes with a gold name that got it, or NaN when there are none. */
    public double canonicalAccuracy() {
      return named.gold() == 0 ? Double.NaN : (double) named.correct() / named.gold();
    }
  }

  /** Which span of a predicted quote is compared with the gold span. */
  public enum Compared {
    /** The reported content ({@link Quote#content()}): what the corpora annotate. */
    CONTENT(Quote::content),
    /** The quotation itself ({@link Quote#span()}). */
    QUOTE(Quote::span);

    private final Function<Quote, Span> span;

    Compared(Function<Quote, Span> span) {
      this.span = span;
    }
  }

  /** Scores of all groups over {@code cases}, in {@link Group} order. */
  public static Score[] score(List<Case> cases, SentenceSplitter splitter,
      QuoteExtractor extractor, Compared compared) {
    Score[] total = new Score[Group.values().length];
    java.util.Arrays.fill(total, Score.ZERO);
    for (Case c : cases) {
      Document doc = splitter.apply(Document.of(c.text()));
      List<Quote> predicted = extractor.extract(doc);
      for (Group g : Group.values()) {
        total[g.ordinal()] = total[g.ordinal()].plus(scoreOne(c, predicted, g, compared));
      }
    }
    return total;
  }

  /** Extracts every case once; the unit of work the throughput figures time. */
  public static int extractAll(List<Case> cases, SentenceSplitter splitter,
      QuoteExtractor extractor) {
    int n = 0;
    for (Case c : cases) {
      n += extractor.extract(splitter.apply(Document.of(c.text()))).size();
    }
    return n;
  }

  /**
   * Scores of all groups over {@code cases} as {@code precis quotes} extracts them with
   * {@code options}, in {@link Group} order.
   */
  public static Score[] score(List<Case> cases, Precis precis, QuotesOptions options,
      Compared compared) {
    Score[] total = new Score[Group.values().length];
    java.util.Arrays.fill(total, Score.ZERO);
    for (Case c : cases) {
      List<Quote> predicted = predicted(c, precis, options);
      for (Group g : Group.values()) {
        total[g.ordinal()] = total[g.ordinal()].plus(scoreOne(c, predicted, g, compared));
      }
    }
    return total;
  }

  /** The quotes {@code precis quotes} finds in the case's text (read as plain text). */
  public static List<Quote> predicted(Case c, Precis precis, QuotesOptions options) {
    return precis.quotes(input(c), options).quotes();
  }

  /** Extracts every case once; the unit of work the throughput figures time. */
  public static int extractAll(List<Case> cases, Precis precis, QuotesOptions options) {
    int n = 0;
    for (Case c : cases) {
      n += predicted(c, precis, options).size();
    }
    return n;
  }

  /**
   * The throughput baseline: splits every case and POS-tags every sentence, what an
   * extractor that tags everything pays before any rule runs. Returns the tokens tagged.
   */
  public static int tagEverySentence(List<Case> cases, Precis precis) {
    Tagger tagger = precis.session().tagger();
    int tokens = 0;
    for (Case c : cases) {
      Document doc = precis.split(input(c), WITHOUT_KINDS).document();
      Tagger.Instance instance = tagger.open();
      for (Span s : doc.sentences()) {
        tokens += instance.tag(doc.text(), s).size();
      }
    }
    return tokens;
  }

  private static final SplitOptions WITHOUT_KINDS =
      new SplitOptions("precis", TranslationSettings.NONE, false);

  private static ArticleInput input(Case c) {
    return new ArticleInput(c.id(), c.text(), null, false, InputKind.TEXT);
  }

  static Score scoreOne(Case c, List<Quote> all, Group group, Compared compared) {
    List<Quote> predicted = all.stream().filter(q -> group.holds(q.kind())).toList();
    List<Gold> gold = c.quotes().stream().filter(q -> group.holds(q.kind())).toList();
    List<int[]> pairs = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      Span ps = trim(c.text(), compared.span.apply(predicted.get(p)));
      for (int g = 0; g < gold.size(); g++) {
        Span gs = trim(c.text(), gold.get(g).span());
        int overlap = overlap(ps, gs);
        if (overlap > 0 && 2 * overlap >= Math.max(ps.length(), gs.length())) {
          pairs.add(new int[] {p, g, overlap});
        }
      }
    }
    pairs.sort((a, b) -> Integer.compare(b[2], a[2]));
    boolean[] usedP = new boolean[predicted.size()];
    boolean[] usedG = new boolean[gold.size()];
    int matched = 0;
    int attributed = 0;
    int named = 0;
    int rightName = 0;
    for (int[] pair : pairs) {
      if (usedP[pair[0]] || usedG[pair[1]]) {
        continue;
      }
      usedP[pair[0]] = true;
      usedG[pair[1]] = true;
      matched++;
      if (attributed(predicted.get(pair[0]), gold.get(pair[1]))) {
        attributed++;
      }
      if (gold.get(pair[1]).speakerRef() != null) {
        named++;
        if (sameName(predicted.get(pair[0]), gold.get(pair[1]))) {
          rightName++;
        }
      }
    }
    return new Score(new Counts(matched, predicted.size(), gold.size()),
        new Counts(attributed, predicted.size(), gold.size()),
        new Counts(rightName, predicted.size(), gold.size()),
        new Counts(rightName, named, named));
  }

  /** Whether the predicted canonical speaker is the gold name, ignoring case and spaces. */
  static boolean sameName(Quote p, Gold g) {
    return p.speaker() != null && g.speakerRef() != null
        && squash(p.speaker()).equals(squash(g.speakerRef()));
  }

  static boolean attributed(Quote p, Gold g) {
    if (sameName(p, g)) {
      return true;
    }
    return p.speakerMention() != null && g.speaker() != null
        && overlap(p.speakerMention(), g.speaker()) > 0;
  }

  /** {@code span} without white space, quotation marks and punctuation at its edges. */
  static Span trim(String text, Span span) {
    int start = span.start();
    int end = span.end();
    while (start < end && edge(text.charAt(start))) {
      start++;
    }
    while (end > start && edge(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  private static boolean edge(char c) {
    return Chars.isSpace(c) || EDGE.indexOf(c) >= 0;
  }

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  private static String squash(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!Chars.isSpace(s.charAt(i))) {
        out.append(Character.toLowerCase(s.charAt(i)));
      }
    }
    return out.toString();
  }
}
