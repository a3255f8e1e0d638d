package dev.precis.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Document;
import dev.precis.core.translate.LanguageCodes;
import dev.precis.core.translate.LanguageDetector.Detection;
import dev.precis.format.Format;
import dev.precis.format.Json;
import dev.precis.format.Tsv;
import dev.precis.io.InputDocument;
import java.util.Locale;
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
  String render(InputDocument input, Format format) {
    Detection d = context.session().languageDetector().detect(input.text());
    String name = LanguageCodes.displayName(d.language());
    switch (format) {
      case JSON:
        ObjectNode root = Json.documentObject("detect", input.source(), input.fields(),
            Document.of(input.text()));
        root.put("language", d.language()).put("language_iso1", LanguageCodes.toIso1(d.language()))
            .put("language_name", name)
            .put("confidence", Math.round(d.confidence() * 1000) / 1000.0);
        return Json.line(root);
      case TSV:
        return Tsv.detect(input.source(), d.language(), LanguageCodes.toIso1(d.language()), name,
            d.confidence());
      case MARKDOWN:
        return String.format(Locale.ROOT, "- **%s** (%s), confidence %.3f%n", d.language(), name,
            d.confidence());
      default:
        return String.format(Locale.ROOT, "%s\t%.3f\t%s%n", d.language(), d.confidence(), name);
    }
  }
}
