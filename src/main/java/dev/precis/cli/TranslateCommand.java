package dev.precis.cli;

import dev.precis.api.ArticleInput;
import dev.precis.format.Format;
import dev.precis.format.Results;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

final class TranslateCommand extends DocumentCommand {
  final TranslationOptions translation = new TranslationOptions();
  boolean lines;

  TranslateCommand(RunContext context) {
    super(context);
  }

  @Override
  CommandSpec commandSpec() {
    CommandSpec spec = documentSpec("translate", "Translate articles paragraph by paragraph, "
        + "keeping the paragraphs, quotation marks, numbers and URLs. Each document goes to the "
        + "translator in one batch; text already in the target language is passed through.",
        "See 'precis languages' for the pairs installed here.");
    translation.addTo(spec);
    spec.addOption(Specs.option(boolean.class, this, "lines", "--lines")
        .description("One segment per input line and one output line per input line, for "
            + "sentence-per-line corpora (blank lines stay blank).").build());
    return Specs.withHelpOptions(spec);
  }

  @Override
  void validate() {
    if (!translation.enabled()) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--to=LANG'");
    }
    translation.validate(context.session());
  }

  @Override
  String render(ArticleInput input, Format format) {
    return Results.render(format, lines ? precis().translateLines(input, translation.settings())
        : precis().translate(input, translation.settings()));
  }
}
