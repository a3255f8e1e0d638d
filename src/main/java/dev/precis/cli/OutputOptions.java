package dev.precis.cli;

import static dev.precis.cli.Specs.option;

import dev.precis.format.Format;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

/** The output options every document command shares. */
public final class OutputOptions {
  Format format;
  Path output;
  boolean quiet;

  /** Adds the output options to {@code spec}, bound to these fields. */
  void addTo(CommandSpec spec) {
    spec.addOption(option(Format.class, this, "format", "-f", "--format")
        .paramLabel("FORMAT").defaultValue("text")
        .converters(new FormatConverter()).completionCandidates(List.of("text", "markdown", "json", "tsv"))
        .description("Output format: text, markdown, json or tsv (tab-separated rows with a "
            + "header; split, summarize, quotes, keywords and detect) (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(option(Path.class, this, "output", "-o", "--output")
        .paramLabel("FILE")
        .description("Write to FILE (replaced whole, or left untouched on error) "
            + "instead of standard output.")
        .build());
    spec.addOption(option(boolean.class, this, "quiet", "--quiet")
        .description("No notes on standard error (such as input that is not English).")
        .build());
  }

  Output open(RunContext context) {
    return output == null ? Output.stdout(context.stdout(), context.terminal().stdoutIsTty())
        : Output.file(output);
  }

  /** Accepts the format in any case and names the choices when it is wrong. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().equalsIgnoreCase(value) || (f == Format.MARKDOWN && value.equals("md"))) {
          return f;
        }
      }
      throw new TypeConversionException(
          "unknown format '" + value + "' (choose from: text, markdown, json, tsv)");
    }
  }
}
