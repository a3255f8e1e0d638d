package dev.precis.cli;

import dev.precis.core.Document;
import dev.precis.core.Session;
import dev.precis.format.Format;
import dev.precis.format.SplitRenderer;
import dev.precis.io.InputDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "split", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Split articles into sentences (one per line in text format).")
final class SplitCommand extends DocumentCommand {
  @Option(names = "--splitter", paramLabel = "NAME", defaultValue = "precis",
      completionCandidates = SplitterNames.class,
      description = "Sentence splitter: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String splitter;

  SplitCommand(RunContext context) {
    super(context);
  }

  @Override
  void validate() {
    context.session().splitter(splitter);
  }

  @Override
  String render(InputDocument input, Format format) {
    Document document = context.session().splitter(splitter).apply(Document.of(input.text()));
    return SplitRenderer.render(format, input.source(), input.fields(), document);
  }

  /** The splitter names, for help and completion. */
  static final class SplitterNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Session.splitterNames().iterator();
    }
  }
}
