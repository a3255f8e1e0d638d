package dev.precis.cli;

import dev.precis.core.Document;
import dev.precis.core.Span;
import dev.precis.core.translate.Translation;
import dev.precis.format.Format;
import dev.precis.format.TranslationLines;
import dev.precis.format.TranslationRenderer;
import dev.precis.io.InputDocument;
import java.util.List;
import java.util.Set;
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
  String render(InputDocument input, Format format) {
    Document document = Document.of(input.text());
    if (lines) {
      List<Span> segments = TranslationLines.segments(input.text());
      Translation result = translation.translate(context.session(), input,
          segments.stream().map(s -> input.text().substring(s.start(), s.end())).toList(),
          Set.of());
      return TranslationLines.render(format, input.source(), input.fields(), document, segments,
          result);
    }
    List<String> paragraphs = document.paragraphs().stream().map(document::text).toList();
    Translation result = translation.translate(context.session(), input, paragraphs, Set.of());
    return TranslationRenderer.render(format, input.source(), input.fields(), document, result);
  }
}
