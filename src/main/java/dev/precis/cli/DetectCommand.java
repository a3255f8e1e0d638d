package dev.precis.cli;

import dev.precis.api.ArticleInput;
import dev.precis.format.Format;
import dev.precis.format.Results;
import picocli.CommandLine.Model.CommandSpec;

final class DetectCommand extends DocumentCommand {
  DetectCommand(RunContext context) {
    super(context);
  }

  @Override
  CommandSpec commandSpec() {
    return Specs.withHelpOptions(documentSpec("detect", "Detect the language of each document "
        + "(OpenNLP language detector, ISO 639-3 codes). Reliable for whole documents, not for "
        + "single sentences."));
  }

  @Override
  String render(ArticleInput input, Format format) {
    return Results.render(format, precis().detect(input));
  }
}
