package dev.precis.cli;

import dev.precis.core.InputException;
import dev.precis.format.Format;
import dev.precis.format.Tsv;
import dev.precis.io.InputDocument;
import dev.precis.io.InputReader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A command that turns each input document into one rendered result. The loop over inputs,
 * the per-document error lines and the output handling live here, once, so every command
 * treats files, standard input, JSON Lines and {@code -o} alike.
 */
abstract class DocumentCommand implements Callable<Integer> {
  final InputOptions input = new InputOptions();
  final OutputOptions output = new OutputOptions();
  final RunContext context;
  /** This command's model, set by {@link #documentSpec}. */
  CommandSpec spec;

  DocumentCommand(RunContext context) {
    this.context = context;
  }

  /** The model of this command, bound to this instance's fields. */
  abstract CommandSpec commandSpec();

  /**
   * The start of {@link #commandSpec}: the command's name and description, then the input and
   * output options every document command has first in its help.
   */
  final CommandSpec documentSpec(String name, String... description) {
    spec = Specs.command(this, name, description);
    spec.usageMessage().sortOptions(false);
    input.addTo(spec);
    output.addTo(spec);
    return spec;
  }

  /** The output for one document in {@code format}; HTML has been reduced to its article. */
  abstract String render(InputDocument document, Format format);

  /** Whether {@link #render} takes the input as it came, HTML and all (extract does). */
  boolean readsHtml() {
    return false;
  }

  /** The output for one document as read: the way every caller (batch too) runs a document. */
  final String process(InputDocument document, Format format) {
    InputDocument article = readsHtml() ? document : input.asArticle(document);
    return render(LanguageNote.apply(this, article, format), format);
  }

  /** Checks option values before any input is read; throws to stop the run. */
  void validate() {}

  @Override
  public Integer call() {
    validate();
    if (input.jsonLines || input.paths().size() > 1) {
      context.session().expectManyDocuments();
    }
    ErrorReporter errors = new ErrorReporter(context.stderr());
    Format format = input.jsonLines ? Format.JSON : output.format;
    if (format == Format.TSV && !Tsv.COMMANDS.contains(spec.name())) {
      throw new ParameterException(spec.commandLine(), "-f tsv is not offered by " + spec.name()
          + " (it is by " + String.join(", ", new java.util.TreeSet<>(Tsv.COMMANDS)) + ")");
    }
    boolean headers = input.paths().size() > 1 && format != Format.JSON && format != Format.TSV;
    InputReader reader = input.reader(context);
    try (Output out = output.open(context)) {
      boolean[] first = {true};
      for (String path : input.paths()) {
        try {
          reader.read(path, document -> {
            if (headers) {
              out.write(header(document.source(), format, first[0]));
            }
            String rendered = process(document, format);
            // TSV: one header row for all inputs (rows carry their source).
            out.write(format == Format.TSV && !first[0] ? Tsv.withoutHeader(rendered) : rendered);
            first[0] = false;
          }, errors::report);
        } catch (InputException e) {
          errors.report(e);
        }
      }
      if (errors.count() == 0 || output.output == null) {
        out.commit();
      }
    }
    return errors.count() == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  private static String header(String source, Format format, boolean first) {
    String gap = first ? "" : "\n";
    return format == Format.MARKDOWN ? gap + "## " + source + "\n\n"
        : gap + "==> " + source + " <==\n";
  }
}
