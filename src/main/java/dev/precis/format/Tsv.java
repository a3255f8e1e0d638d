package dev.precis.format;

import dev.precis.core.Document;
import dev.precis.core.Span;
import dev.precis.core.keywords.KeyphraseExtractor.Keyphrase;
import dev.precis.core.quotes.Quote;
import dev.precis.core.summary.Summary;
import dev.precis.core.translate.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tab-separated values for spreadsheets, {@code cut} and {@code awk}: a header row, then one
 * row per sentence, chosen sentence, quote or key phrase. Every row starts with the
 * {@code source} column, so rows of several inputs stay apart and the columns do not move
 * with the number of inputs. Inside a cell a tab is written {@code \t}, a line break
 * {@code \n} (CR {@code \r}) and a backslash {@code \\}, so each record is one line. Offsets
 * and indices are those of the JSON output (code points; sentences and paragraphs from 0).
 */
public final class Tsv {
  /** The commands that offer {@code -f tsv}. */
  public static final Set<String> COMMANDS =
      Set.of("split", "summarize", "quotes", "keywords", "detect");

  private Tsv() {}

  /** {@code value} made safe for one cell; null is the empty cell. */
  public static String escape(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code rendered} without its header row: the rows of a second input under the first's. */
  public static String withoutHeader(String rendered) {
    int end = rendered.indexOf('\n');
    return end < 0 ? "" : rendered.substring(end + 1);
  }

  /** Every sentence: index, paragraph, offsets, text (and its translation when given). */
  public static String split(String source, Document doc, Translation translation) {
    Table table = new Table(translation == null
        ? List.of("source", "index", "paragraph", "start", "end", "text")
        : List.of("source", "index", "paragraph", "start", "end", "text", "translation"));
    CodePoints cp = new CodePoints(doc.text());
    int[] paragraphOf = doc.sentenceParagraphs();
    for (int i = 0; i < doc.sentences().size(); i++) {
      Span s = doc.sentences().get(i);
      List<Object> row = new ArrayList<>(List.of(source, i, paragraphOf[i], cp.of(s.start()),
          cp.of(s.end()), doc.text(s)));
      if (translation != null) {
        row.add(translation.texts().get(i));
      }
      table.row(row);
    }
    return table.toString();
  }

  /** The chosen sentences in the summary's order, each with its place in the article. */
  public static String summary(String source, Summary summary, Translation translation) {
    Table table = new Table(translation == null
        ? List.of("source", "index", "paragraph", "start", "end", "score", "rank", "text")
        : List.of("source", "index", "paragraph", "start", "end", "score", "rank", "text",
            "translation"));
    Document doc = summary.article().document();
    CodePoints cp = new CodePoints(doc.text());
    int[] paragraphOf = doc.sentenceParagraphs();
    for (int i = 0; i < summary.chosen().size(); i++) {
      int k = summary.chosen().get(i);
      int index = summary.article().sentenceIndex(k);
      Span s = doc.sentences().get(index);
      List<Object> row = new ArrayList<>(List.of(source, index, paragraphOf[index],
          cp.of(s.start()), cp.of(s.end()), number(summary.ranking().scores()[k]),
          summary.ranks()[k], doc.text(s)));
      if (translation != null) {
        row.add(translation.texts().get(i));
      }
      table.row(row);
    }
    return table.toString();
  }

  /** Every quote: kind, speaker, cue, text and the quote's offsets. */
  public static String quotes(String source, Document doc, List<Quote> quotes,
      Translation translation) {
    Table table = new Table(translation == null
        ? List.of("source", "index", "kind", "speaker", "cue", "text", "start", "end")
        : List.of("source", "index", "kind", "speaker", "cue", "text", "start", "end",
            "translation"));
    CodePoints cp = new CodePoints(doc.text());
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      List<Object> row = new ArrayList<>(List.of(source, i, q.kind().label()));
      row.add(q.speaker());
      row.add(q.cue() == null ? null : doc.text(q.cue()));
      row.addAll(List.of(doc.text(q.span()), cp.of(q.span().start()), cp.of(q.span().end())));
      if (translation != null) {
        row.add(translation.texts().get(i));
      }
      table.row(row);
    }
    return table.toString();
  }

  /** Every key phrase, best first: its score and how often it occurs. */
  public static String keywords(String source, List<Keyphrase> phrases) {
    Table table = new Table(List.of("source", "rank", "phrase", "score", "count"));
    for (int i = 0; i < phrases.size(); i++) {
      Keyphrase p = phrases.get(i);
      table.row(List.of(source, i + 1, p.phrase(), number(p.score()), p.occurrences().size()));
    }
    return table.toString();
  }

  /** The detected language of a document, as `detect -f json` gives it. */
  public static String detect(String source, String language, String iso1, String name,
      double confidence) {
    Table table = new Table(List.of("source", "language", "language_iso1", "language_name",
        "confidence"));
    List<Object> row = new ArrayList<>(List.of(source, language));
    row.add(iso1);
    row.add(name);
    row.add(String.format(Locale.ROOT, "%.3f", confidence));
    table.row(row);
    return table.toString();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  /** A header and rows, every cell escaped. */
  private static final class Table {
    private final StringBuilder out = new StringBuilder();

    Table(List<String> columns) {
      out.append(String.join("\t", columns)).append('\n');
    }

    void row(List<?> cells) {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.append('\t');
        }
        Object cell = cells.get(i);
        out.append(escape(cell == null ? null : cell.toString()));
      }
      out.append('\n');
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
