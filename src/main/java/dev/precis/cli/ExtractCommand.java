package dev.precis.cli;

import static dev.precis.cli.Specs.candidates;
import static dev.precis.cli.Specs.option;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Document;
import dev.precis.format.Format;
import dev.precis.format.Json;
import dev.precis.format.Markdown;
import dev.precis.html.Article;
import dev.precis.html.ArticleExtractor;
import dev.precis.html.Inputs;
import dev.precis.io.InputDocument;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

final class ExtractCommand extends DocumentCommand {
  String extractor;

  ExtractCommand(RunContext context) {
    super(context);
  }

  @Override
  CommandSpec commandSpec() {
    CommandSpec spec = documentSpec("extract", "Extract the article from HTML pages: title, "
        + "byline, language and body text without navigation, adverts, related links or comments.",
        "Text output is the text every other command works on for HTML input: the title as "
            + "the first paragraph, then the body's paragraphs, blank lines between them. "
            + "Input that does not look like HTML passes through as the body.");
    spec.addOption(option(String.class, this, "extractor", "--extractor")
        .paramLabel("NAME").defaultValue("precis")
        .completionCandidates(candidates(ArticleExtractor::names))
        .description("Article extractor: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
            + "'body' keeps all text of <body>).")
        .build());
    return Specs.withHelpOptions(spec);
  }

  @Override
  void validate() {
    ArticleExtractor.named(extractor);
  }

  @Override
  boolean readsHtml() {
    return true;
  }

  @Override
  String render(InputDocument document, Format format) {
    // A record that came as "html" is HTML whatever it looks like; other input is checked
    // (or read as --input says), so plain text passes through with its paragraphs intact.
    Article article = Inputs.article(document.source(), document.text(),
        input.kindOf(document), ArticleExtractor.named(extractor));
    return switch (format) {
      case TEXT -> article.text().stripTrailing() + "\n";
      case MARKDOWN -> markdown(article);
      case JSON -> json(document, article);
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

  private static String json(InputDocument input, Article article) {
    ObjectNode root = Json.documentObject("extract", input.source(), input.fields(),
        Document.of(article.body()));
    root.put("title", article.title());
    root.put("byline", article.byline());
    root.put("language", article.language());
    root.put("body", article.body());
    return Json.line(root);
  }
}
