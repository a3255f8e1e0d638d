package dev.precis.cli;

import dev.precis.api.ArticleInput;
import dev.precis.api.Precis;
import dev.precis.core.InputException;
import dev.precis.format.Format;
import dev.precis.format.Json;
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

  /** The output for one document in {@code format}: the API's result, rendered. */
  abstract String render(ArticleInput document, Format format);

  /** The output for one document as read: the way every caller (batch too) runs a document. */
  final String process(InputDocument document, Format format) {
    ArticleInput article = ArticleInput.from(document, input.kind);
    if (LanguageNote.ENGLISH_ONLY.contains(spec.name())) {
      // The check reads the article, not the page's markup.
      article = LanguageNote.apply(this, precis().article(article), format);
    }
    return render(article, format);
  }

  /** The pipeline API on this run's session. */
  final Precis precis() {
    return Precis.on(context.session());
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
            String rendered = input.jsonLines ? processRecord(document, errors)
                : process(document, format);
            // TSV: one header row for all inputs (rows carry their source).
            out.write(format == Format.TSV && !first[0] ? Tsv.withoutHeader(rendered) : rendered);
            first[0] = false;
          }, bad -> {
            errors.report(bad);
            if (input.jsonLines) {
              out.write(Json.line(Json.errorObject(spec.name(), bad.source(), null, message(bad))));
            }
          });
        } catch (InputException e) {
          errors.report(e);
        }
      }
      // JSON Lines output holds a line for every record, failed ones included: it is written.
      if (errors.count() == 0 || output.output == null || input.jsonLines) {
        out.commit();
      }
    }
    return errors.count() == 0 ? ExitCodes.OK
        : errors.internalCount() > 0 ? ExitCodes.FAILURE : ExitCodes.BAD_INPUT;
  }

  /**
   * One JSON Lines record's output line: the result, or when processing fails an error record
   * with the record's fields (its id), as batch writes, so no record is lost in silence.
   */
  private String processRecord(InputDocument document, ErrorReporter errors) {
    try {
      return process(document, Format.JSON);
    } catch (InputException e) {
      errors.report(new InputException(document.source(), e.getMessage(), e.hint()));
      return Json.line(Json.errorObject(spec.name(), document.source(), document.fields(), message(e)));
    } catch (ClosedOutputException | Output.OutputWriteException e) {
      throw e;
    } catch (java.io.UncheckedIOException e) {
      // Not the record's fault (a translation server down): exit 1, but the run goes on.
      String message = e.getMessage() + ": " + e.getCause().getMessage();
      errors.failure(document.source(), message);
      return Json.line(Json.errorObject(spec.name(), document.source(), document.fields(), message));
    } catch (RuntimeException e) {
      errors.internal(document.source(), e);
      return Json.line(Json.errorObject(spec.name(), document.source(), document.fields(),
          "internal error: " + e));
    }
  }

  private static String message(InputException e) {
    return e.getMessage() + (e.hint() == null ? "" : " (" + e.hint() + ")");
  }

  private static String header(String source, Format format, boolean first) {
    String gap = first ? "" : "\n";
    return format == Format.MARKDOWN ? gap + "## " + source + "\n\n"
        : gap + "==> " + source + " <==\n";
  }
}
