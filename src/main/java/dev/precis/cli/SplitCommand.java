package dev.precis.cli;

import static dev.precis.cli.Specs.candidates;
import static dev.precis.cli.Specs.option;

import dev.precis.core.Document;
import dev.precis.core.Session;
import dev.precis.core.translate.Translation;
import dev.precis.format.Format;
import dev.precis.format.SplitRenderer;
import dev.precis.io.InputDocument;
import java.util.Set;
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
  String render(InputDocument input, Format format) {
    Document document = context.session().splitter(splitter).apply(Document.of(input.text()));
    if (format == Format.JSON) {
      // Only JSON shows the sentences' kinds; text and Markdown need not pay for them.
      document = context.session().sentenceClassifier().apply(document);
    }
    Translation translated = null;
    if (translation.enabled()) {
      translated = translation.translate(context.session(), input,
          document.sentences().stream().map(document::text).toList(), Set.of());
    }
    return SplitRenderer.render(format, input.source(), input.fields(), document, translated);
  }
}
