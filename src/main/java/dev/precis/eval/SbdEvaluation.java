package dev.precis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.core.Chars;
import dev.precis.core.Document;
import dev.precis.core.split.SentenceSplitter;
import dev.precis.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scores a sentence splitter on records of {@code ../shared/data/sbd}: exact match of the
 * whole sentence list (after white-space normalisation) for records with {@code sentences},
 * and boundary precision/recall/F1 for records with {@code spans}, where a boundary is the
 * number of non-space chars before an internal sentence end, both with the paragraphs as
 * given ("para") and with blank lines replaced by one space ("flat").
 */
public final class SbdEvaluation {
  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n\\s*");

  private SbdEvaluation() {}

  /** One gold record: its id, text, expected sentences and, for UD data, gold spans. */
  public record Case(String id, String text, List<String> sentences, List<Span> spans) {
    public static Case fromJson(JsonNode node) {
      List<String> sentences = new ArrayList<>();
      node.path("sentences").forEach(s -> sentences.add(s.asText()));
      List<Span> spans = null;
      if (node.has("spans")) {
        spans = new ArrayList<>();
        for (JsonNode s : node.get("spans")) {
          spans.add(new Span(s.get(0).asInt(), s.get(1).asInt()));
        }
      }
      return new Case(node.path("id").asText(), node.path("text").asText(), sentences, spans);
    }

    /**
     * This case with gold spans found by reading its sentences off its text in order, white
     * space ignored (for corpora that give sentences only, such as the CNN/DailyMail files of
     * shared/data/summ); the case unchanged when it has spans or a sentence is not found.
     */
    public Case withSpansFromSentences() {
      if (spans != null || sentences.isEmpty()) {
        return this;
      }
      List<Span> found = new ArrayList<>(sentences.size());
      int at = 0;
      for (String sentence : sentences) {
        int start = -1;
        for (int i = 0; i < sentence.length(); i++) {
          char c = sentence.charAt(i);
          if (Chars.isSpace(c)) {
            continue;
          }
          at = Chars.skipSpace(text, at, text.length());
          if (at >= text.length() || text.charAt(at) != c) {
            return this;
          }
          start = start < 0 ? at : start;
          at++;
        }
        if (start >= 0) {
          found.add(new Span(start, at));
        }
      }
      return Chars.skipSpace(text, at, text.length()) == text.length()
          ? new Case(id, text, sentences, found) : this;
    }
  }

  /** Counts of matched, predicted-only and gold-only boundaries. */
  public record Counts(int truePositives, int falsePositives, int falseNegatives) {
    public Counts plus(Counts o) {
      return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
          falseNegatives + o.falseNegatives);
    }

    public double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
      int gold = truePositives + falseNegatives;
      return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** A case the splitter got wrong, with what it produced, for error analysis. */
  public record Miss(String id, List<String> expected, List<String> predicted) {}

  /** The scores over one file's cases; boundary counts are null when no case has spans. */
  public record Score(int cases, int exact, Counts para, Counts flat, List<Miss> misses) {}

  public static Score score(List<Case> cases, SentenceSplitter splitter) {
    int exact = 0;
    Counts para = null;
    Counts flat = null;
    List<Miss> misses = new ArrayList<>();
    for (Case c : cases) {
      List<String> predicted = sentences(c.text(), splitter);
      List<String> expected = c.sentences().stream().map(SbdEvaluation::normalise).toList();
      if (predicted.equals(expected)) {
        exact++;
      } else {
        misses.add(new Miss(c.id(), expected, predicted));
      }
      if (c.spans() != null) {
        List<Integer> gold = goldBoundaries(c);
        para = add(para, compare(gold, boundaries(c.text(), splitter)));
        String flatText = BLANK_LINES.matcher(c.text()).replaceAll(" ");
        flat = add(flat, compare(gold, boundaries(flatText, splitter)));
      }
    }
    return new Score(cases.size(), exact, para, flat, misses);
  }

  /** Splits every case once; the unit of work the throughput figures time. */
  public static int splitAll(List<Case> cases, SentenceSplitter splitter) {
    int sentences = 0;
    for (Case c : cases) {
      sentences += splitter.apply(Document.of(c.text())).sentences().size();
    }
    return sentences;
  }

  static String normalise(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Chars.isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static List<String> sentences(String text, SentenceSplitter splitter) {
    Document doc = splitter.apply(Document.of(text));
    return doc.sentences().stream().map(s -> normalise(doc.text(s))).toList();
  }

  private static Counts add(Counts total, Counts more) {
    return total == null ? more : total.plus(more);
  }

  private static List<Integer> goldBoundaries(Case c) {
    List<Integer> ends = new ArrayList<>();
    for (int i = 0; i < c.spans().size() - 1; i++) {
      ends.add(c.spans().get(i).end());
    }
    return nonSpaceCounts(c.text(), ends);
  }

  private static List<Integer> boundaries(String text, SentenceSplitter splitter) {
    List<Span> sentences = splitter.apply(Document.of(text)).sentences();
    List<Integer> ends = new ArrayList<>();
    for (int i = 0; i < sentences.size() - 1; i++) {
      ends.add(sentences.get(i).end());
    }
    return nonSpaceCounts(text, ends);
  }

  /** For each ascending char offset, the number of non-space chars before it. */
  private static List<Integer> nonSpaceCounts(String text, List<Integer> offsets) {
    List<Integer> result = new ArrayList<>(offsets.size());
    int count = 0;
    int i = 0;
    for (int offset : offsets) {
      for (; i < offset; i++) {
        if (!Chars.isSpace(text.charAt(i))) {
          count++;
        }
      }
      result.add(count);
    }
    return result;
  }

  private static Counts compare(List<Integer> gold, List<Integer> predicted) {
    java.util.Set<Integer> goldSet = new java.util.HashSet<>(gold);
    int tp = 0;
    for (int p : new java.util.TreeSet<>(predicted)) {
      if (goldSet.contains(p)) {
        tp++;
      }
    }
    int predictedCount = new java.util.TreeSet<>(predicted).size();
    return new Counts(tp, predictedCount - tp, goldSet.size() - tp);
  }
}
