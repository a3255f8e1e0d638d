package dev.precis.cli;

import static dev.precis.cli.Specs.option;

import dev.precis.api.ArticleInput;
import dev.precis.api.KeywordsOptions;
import dev.precis.format.Format;
import dev.precis.format.Results;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

final class KeywordsCommand extends DocumentCommand {
  int top;

  KeywordsCommand(RunContext context) {
    super(context);
  }

  @Override
  CommandSpec commandSpec() {
    CommandSpec spec = documentSpec("keywords",
        "The article's key phrases (TextRank over noun phrases), best first.");
    spec.addOption(option(int.class, this, "top", "-k", "--top").paramLabel("N")
        .defaultValue("10").description("Number of phrases (default: ${DEFAULT-VALUE}).").build());
    return Specs.withHelpOptions(spec);
  }

  @Override
  void validate() {
    if (top < 0) {
      throw new ParameterException(spec.commandLine(), "-k must be 0 or more");
    }
  }

  @Override
  String render(ArticleInput input, Format format) {
    return Results.render(format, precis().keywords(input, new KeywordsOptions(top)));
  }
}
