package dev.precis.cli;

import static dev.precis.cli.Specs.candidates;
import static dev.precis.cli.Specs.option;

import dev.precis.api.ArticleInput;
import dev.precis.api.SplitOptions;
import dev.precis.core.Session;
import dev.precis.format.Format;
import dev.precis.format.Results;
import picocli.CommandLine.Model.CommandSpec;

final class SplitCommand extends DocumentCommand {
  String splitter;
  final TranslationOptions translation = new TranslationOptions();

  SplitCommand(RunContext context) {
    super(context);
  }

  @Override
  CommandSpec commandSpec() {
    CommandSpec spec = documentSpec("split",
        "Split articles into sentences (one per line in text format).");
    spec.addOption(option(String.class, this, "splitter", "--splitter")
        .paramLabel("NAME").defaultValue("precis")
        .completionCandidates(candidates(Session::splitterNames))
        .description("Sentence splitter: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        .build());
    translation.addTo(spec);
    return Specs.withHelpOptions(spec);
  }

  @Override
  void validate() {
    context.session().splitter(splitter);
    translation.validate(context.session());
  }

  @Override
  String render(ArticleInput input, Format format) {
    // Only JSON shows the sentences' kinds; text and Markdown need not pay for them.
    return Results.render(format, precis().split(input,
        new SplitOptions(splitter, translation.settings(), format == Format.JSON)));
  }
}
