package dev.precis.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.summary.Article;
import dev.precis.core.summary.LengthLimit;
import dev.precis.core.summary.Ranker;
import dev.precis.core.summary.Summary;
import dev.precis.core.translate.Translation;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders a summary: the chosen sentences one per line, as a Markdown list, or as JSON with
 * offsets, scores, ranks, the method and the length settings; with {@code explain}, every
 * candidate sentence with its score, rank and features.
 */
public final class SummaryRenderer {
  private SummaryRenderer() {}

  /** What the user asked for, echoed in the output. */
  public record Settings(String method, String resolvedMethod, String title, boolean explain) {}

  public static String render(Format format, String source, ObjectNode record, Summary summary,
      Settings settings) {
    return render(format, source, record, summary, settings, null);
  }

  /**
   * With a {@code translation} of the chosen sentences ({@link #texts}, in order), text and
   * Markdown show the translations and JSON puts each beside its sentence's original text.
   */
  public static String render(Format format, String source, ObjectNode record, Summary summary,
      Settings settings, Translation translation) {
    List<String> shown = translation != null ? translation.texts() : summary.texts();
    switch (format) {
      case MARKDOWN:
        return markdown(summary, settings, shown);
      case JSON:
        return json(source, record, summary, settings, translation);
      case TSV:
        return Tsv.summary(source, summary, translation);
      default:
        return text(summary, settings, shown);
    }
  }

  static String text(Summary summary, Settings settings, List<String> shown) {
    StringBuilder out = new StringBuilder();
    if (!settings.explain()) {
      shown.forEach(s -> out.append(Text.oneLine(s)).append('\n'));
      return out.toString();
    }
    Ranker.Ranking ranking = summary.ranking();
    Set<Integer> chosen = new HashSet<>(summary.chosen());
    out.append("# method ").append(settings.resolvedMethod()).append(", ")
        .append(lengthText(summary.options().length())).append(", diversity ")
        .append(summary.options().diversity()).append(", sentences of at least ")
        .append(summary.options().minWords()).append(" words\n");
    if (settings.title() != null) {
      out.append("# title: ").append(Text.oneLine(settings.title())).append('\n');
    }
    ranking.notes().forEach(note -> out.append("# note: ").append(note).append('\n'));
    out.append("# chosen sentence rank score features\n");
    Article article = summary.article();
    for (int k = 0; k < article.size(); k++) {
      out.append(chosen.contains(k) ? "* " : "  ")
          .append(String.format(Locale.ROOT, "%3d %3d %.4f ", article.sentenceIndex(k) + 1,
              summary.ranks()[k], ranking.scores()[k]))
          .append(features(ranking, k)).append("  ").append(Text.oneLine(article.text(k)))
          .append('\n');
      if (summary.note(k) != null) {
        out.append("          (").append(summary.note(k)).append(")\n");
      }
    }
    return out.toString();
  }

  static String markdown(Summary summary, Settings settings, List<String> shown) {
    StringBuilder out = new StringBuilder();
    shown.forEach(s -> out.append("- ").append(Markdown.inline(s)).append('\n'));
    if (settings.explain()) {
      Ranker.Ranking ranking = summary.ranking();
      Set<Integer> chosen = new HashSet<>(summary.chosen());
      out.append("\n| sentence | chosen | rank | score | features | text | note |\n")
          .append("|---:|:---:|---:|---:|---|---|---|\n");
      Article article = summary.article();
      for (int k = 0; k < article.size(); k++) {
        out.append(String.format(Locale.ROOT, "| %d | %s | %d | %.4f | %s | %s | %s |%n",
            article.sentenceIndex(k) + 1, chosen.contains(k) ? "yes" : "", summary.ranks()[k],
            ranking.scores()[k], features(ranking, k), Markdown.inline(article.text(k)),
            summary.note(k) == null ? "" : Markdown.inline(summary.note(k))));
      }
    }
    return out.toString();
  }

  static String json(String source, ObjectNode record, Summary summary, Settings settings,
      Translation translation) {
    Article article = summary.article();
    ObjectNode root = Json.documentObject("summarize", source, record, article.document());
    ObjectNode info = root.putObject("summarizer");
    info.put("method", settings.method()).put("ranker", settings.resolvedMethod());
    LengthLimit length = summary.options().length();
    ObjectNode lengthJson = info.putObject("length");
    lengthJson.put("unit", length.unit().name().toLowerCase(Locale.ROOT));
    if (length.unit() == LengthLimit.Unit.RATIO) {
      lengthJson.put("value", length.value());
    } else {
      lengthJson.put("value", (long) length.value());
    }
    info.put("min_words", summary.options().minWords());
    info.put("diversity", summary.options().diversity())
        .put("order", summary.options().order().name().toLowerCase(Locale.ROOT));
    if (settings.title() != null) {
      info.put("title", settings.title());
    }
    int words = 0;
    for (int k : summary.chosen()) {
      words += article.words(k);
    }
    info.put("words", words);
    if (!summary.ranking().notes().isEmpty()) {
      summary.ranking().notes().forEach(info.putArray("notes")::add);
    }
    List<Integer> indices = summary.chosenSentences();
    ArrayNode selected = Json.sentences(root, "selected", article.document(), indices);
    for (int i = 0; i < indices.size(); i++) {
      int k = summary.chosen().get(i);
      ((ObjectNode) selected.get(i)).put("score", summary.ranking().scores()[k])
          .put("rank", summary.ranks()[k]);
    }
    if (translation != null) {
      TranslationRenderer.describe(root, translation);
      TranslationRenderer.addTranslations(selected, translation.texts());
    }
    if (settings.explain()) {
      Set<Integer> chosen = new HashSet<>(summary.chosen());
      ArrayNode all = root.putArray("ranking");
      Ranker.Ranking ranking = summary.ranking();
      for (int k = 0; k < article.size(); k++) {
        ObjectNode node = all.addObject();
        node.put("index", article.sentenceIndex(k)).put("score", ranking.scores()[k])
            .put("rank", summary.ranks()[k]).put("chosen", chosen.contains(k))
            .put("kind", article.kind(k).label());
        if (summary.note(k) != null) {
          node.put("note", summary.note(k));
        }
        ObjectNode f = node.putObject("features");
        for (int i = 0; i < ranking.featureNames().size(); i++) {
          f.put(ranking.featureNames().get(i), ranking.features()[k][i]);
        }
      }
    }
    return Json.line(root);
  }

  private static String features(Ranker.Ranking ranking, int k) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < ranking.featureNames().size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      double v = ranking.features()[k][i];
      out.append(ranking.featureNames().get(i)).append('=')
          .append(v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v)
              : String.format(Locale.ROOT, "%.3f", v));
    }
    return out.toString();
  }

  private static String lengthText(LengthLimit length) {
    switch (length.unit()) {
      case WORDS:
        return "at most " + (long) length.value() + " words";
      case RATIO:
        return "ratio " + length.value();
      default:
        return (long) length.value() + " sentences";
    }
  }
}
