package dev.precis.cli;

import static dev.precis.cli.Specs.option;
import static dev.precis.cli.Specs.positionals;

import dev.precis.html.InputKind;
import dev.precis.io.InputReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** The input options every document command shares. */
public final class InputOptions {
  List<String> files = new ArrayList<>();
  boolean jsonLines;
  InputKind kind;
  Charset encoding;

  /** Adds the input options to {@code spec}, bound to these fields. */
  void addTo(CommandSpec spec) {
    spec.addPositional(positionals(String.class, "0..*", this, "files")
        .paramLabel("FILE")
        .description("Files to read; standard input when none is given or for '-'.").build());
    spec.addOption(option(boolean.class, this, "jsonLines", "--jsonl")
        .description("Read JSON Lines records with a \"text\" field, or \"html\" for a page "
            + "(other fields are copied to the output) and write one JSON result per line.")
        .build());
    spec.addOption(option(InputKind.class, this, "kind", "--input")
        .paramLabel("KIND").defaultValue("auto")
        .description("How to read the input: auto (HTML when it looks like HTML, or a URL "
            + "served as HTML), html or text (default: ${DEFAULT-VALUE}). HTML is reduced to its "
            + "article (see 'precis extract') and offsets refer to that text.")
        .build());
    spec.addOption(option(Charset.class, this, "encoding", "--encoding")
        .paramLabel("CHARSET").defaultValue("UTF-8")
        .description("Character encoding of the input (default: ${DEFAULT-VALUE}).").build());
  }

  List<String> paths() {
    return files.isEmpty() ? List.of(InputReader.STDIN) : files;
  }

  InputReader reader(RunContext context) {
    return new InputReader(context.stdin(), encoding, jsonLines);
  }
}
