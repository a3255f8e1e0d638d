package dev.precis.cli;

import dev.precis.io.InputReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options every document command shares. */
public final class InputOptions {
  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Files to read; standard input when none is given or for '-'.")
  List<String> files = new ArrayList<>();

  @Option(names = "--jsonl",
      description = "Read JSON Lines records with a \"text\" field, or \"html\" for a page "
          + "(other fields are copied "
          + "to the output) and write one JSON result per line.")
  boolean jsonLines;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "Character encoding of the input (default: ${DEFAULT-VALUE}).")
  Charset encoding;

  List<String> paths() {
    return files.isEmpty() ? List.of(InputReader.STDIN) : files;
  }

  InputReader reader(RunContext context) {
    return new InputReader(context.stdin(), encoding, jsonLines);
  }
}
