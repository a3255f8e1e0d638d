package dev.precis.cli;

import dev.precis.format.Format;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The output options every document command shares. */
public final class OutputOptions {
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class, completionCandidates = FormatNames.class,
      description = "Output format: text, markdown or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (replaced whole, or left untouched on error) "
          + "instead of standard output.")
  Path output;

  Output open(RunContext context) {
    return output == null ? Output.stdout(context.stdout()) : Output.file(output);
  }

  /** The format names, for completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.List.of("text", "markdown", "json").iterator();
    }
  }

  /** Accepts the format in any case and names the choices when it is wrong. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().equalsIgnoreCase(value) || (f == Format.MARKDOWN && value.equals("md"))) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "unknown format '" + value + "' (choose from: text, markdown, json)");
    }
  }
}
