package dev.precis.cli;

import dev.precis.core.Document;
import dev.precis.core.Session;
import dev.precis.core.translate.Translation;
import dev.precis.format.Format;
import dev.precis.format.SplitRenderer;
import dev.precis.io.InputDocument;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "split", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Split articles into sentences (one per line in text format).")
final class SplitCommand extends DocumentCommand {
  @Option(names = "--splitter", paramLabel = "NAME", defaultValue = "precis",
      completionCandidates = SplitterNames.class,
      description = "Sentence splitter: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String splitter;

  @Mixin TranslationOptions translation;

  SplitCommand(RunContext context) {
    super(context);
  }

  @Override
  void validate() {
    context.session().splitter(splitter);
    translation.validate(context.session());
  }

  @Override
  String render(InputDocument input, Format format) {
    Document document = context.session().splitter(splitter).apply(Document.of(input.text()));
    Translation translated = null;
    if (translation.enabled()) {
      translated = translation.translate(context.session(), input,
          document.sentences().stream().map(document::text).toList(), Set.of());
    }
    return SplitRenderer.render(format, input.source(), input.fields(), document, translated);
  }

  /** The splitter names, for help and completion. */
  static final class SplitterNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Session.splitterNames().iterator();
    }
  }
}
