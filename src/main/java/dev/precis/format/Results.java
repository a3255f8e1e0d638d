package dev.precis.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.api.DetectResult;
import dev.precis.api.ExtractResult;
import dev.precis.api.KeywordsResult;
import dev.precis.api.QuotesResult;
import dev.precis.api.SplitResult;
import dev.precis.api.SummaryResult;
import dev.precis.api.TranslateResult;
import dev.precis.core.Document;
import dev.precis.core.translate.LanguageCodes;
import dev.precis.core.translate.LanguageDetector.Detection;
import dev.precis.html.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the results of {@link dev.precis.api.Precis} in a {@link Format}: what each
 * {@code precis} command prints for one document ({@code JSON} is its {@code --jsonl} line).
 */
public final class Results {
  private Results() {}

  /** The sentences, one per line, a Markdown list, or JSON with offsets. */
  public static String render(Format format, SplitResult r) {
    return SplitRenderer.render(format, r.input().source(), r.input().fields(), r.document(),
        r.translation());
  }

  /** The summary; with its options' {@code explain}, every sentence with its score. */
  public static String render(Format format, SummaryResult r) {
    return SummaryRenderer.render(format, r.input().source(), r.input().fields(), r.summary(),
        new SummaryRenderer.Settings(r.method(), r.resolvedMethod(), r.title(),
            r.options().explain()), r.translation());
  }

  /** The quotes, in order, or grouped by speaker with counts when {@code bySpeaker}. */
  public static String render(Format format, QuotesResult r, boolean bySpeaker) {
    return QuotesRenderer.render(format, r.input().source(), r.input().fields(), r.document(),
        r.quotes(), bySpeaker, r.translation());
  }

  /** The key phrases, best first. */
  public static String render(Format format, KeywordsResult r) {
    return KeywordsRenderer.render(format, r.input().source(), r.input().fields(), r.document(),
        r.phrases());
  }

  /** The translated paragraphs. */
  public static String render(Format format, TranslateResult r) {
    if (r.lines() != null) {
      return TranslationLines.render(format, r.input().source(), r.input().fields(), r.document(),
          r.lines(), r.translation());
    }
    return TranslationRenderer.render(format, r.input().source(), r.input().fields(),
        r.document(), r.translation());
  }

  /** The article: its text, Markdown with title and byline, or JSON with every field. */
  public static String render(Format format, ExtractResult r) {
    Article article = r.article();
    return switch (format) {
      case TEXT -> article.text().stripTrailing() + "\n";
      case MARKDOWN -> markdown(article);
      case JSON -> json(r);
      case TSV -> throw new IllegalArgumentException("-f tsv is not offered by extract");
    };
  }

  private static String markdown(Article article) {
    List<String> blocks = new ArrayList<>();
    if (article.title() != null) {
      blocks.add("# " + Markdown.inline(article.title()));
    }
    if (article.byline() != null) {
      blocks.add("*" + Markdown.inline(article.byline()) + "*");
    }
    Document body = Document.of(article.body());
    body.paragraphs().forEach(p -> blocks.add(Markdown.inline(body.text(p))));
    return String.join("\n\n", blocks) + "\n";
  }

  private static String json(ExtractResult r) {
    Article article = r.article();
    ObjectNode root = Json.documentObject("extract", r.input().source(), r.input().fields(),
        Document.of(article.body()));
    root.put("title", article.title());
    root.put("byline", article.byline());
    root.put("language", article.language());
    root.put("body", article.body());
    return Json.line(root);
  }

  /** The language: code, confidence and name. */
  public static String render(Format format, DetectResult r) {
    Detection d = r.detection();
    String name = LanguageCodes.displayName(d.language());
    switch (format) {
      case JSON:
        ObjectNode root = Json.documentObject("detect", r.input().source(), r.input().fields(),
            r.document());
        root.put("language", d.language()).put("language_iso1", LanguageCodes.toIso1(d.language()))
            .put("language_name", name)
            .put("confidence", Math.round(d.confidence() * 1000) / 1000.0);
        return Json.line(root);
      case TSV:
        return Tsv.detect(r.input().source(), d.language(), LanguageCodes.toIso1(d.language()),
            name, d.confidence());
      case MARKDOWN:
        return String.format(Locale.ROOT, "- **%s** (%s), confidence %.3f%n", d.language(), name,
            d.confidence());
      default:
        return String.format(Locale.ROOT, "%s\t%.3f\t%s%n", d.language(), d.confidence(), name);
    }
  }
}
