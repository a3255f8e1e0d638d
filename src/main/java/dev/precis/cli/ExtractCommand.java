package dev.precis.cli;

import static dev.precis.cli.Specs.candidates;
import static dev.precis.cli.Specs.option;

import dev.precis.api.ArticleInput;
import dev.precis.api.ExtractOptions;
import dev.precis.format.Format;
import dev.precis.format.Results;
import dev.precis.html.ArticleExtractor;
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
  String render(ArticleInput input, Format format) {
    // A record that came as "html" is HTML whatever it looks like; other input is checked
    // (or read as --input says), so plain text passes through with its paragraphs intact.
    return Results.render(format, precis().extract(input, new ExtractOptions(extractor)));
  }
}
