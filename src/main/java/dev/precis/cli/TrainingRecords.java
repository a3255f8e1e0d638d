package dev.precis.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.InputException;
import dev.precis.io.InputDocument;
import dev.precis.io.InputReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the JSON Lines records a {@code train} command learns from, refusing files named as
 * evaluation data ({@code -dev}, {@code -test}): a model must never see what it is scored on.
 */
final class TrainingRecords {
  private TrainingRecords() {}

  /** Each record of {@code files}, as JSON with its {@code text}, in order; the first bad one stops. */
  static void read(RunContext context, List<Path> files, Consumer<ObjectNode> sink) {
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.contains("-dev") || name.contains("-test")) {
        throw new InputException(file.toString(), "looks like evaluation data",
            "train only on the training slices");
      }
      new InputReader(context.stdin(), StandardCharsets.UTF_8, true).read(file.toString(),
          (InputDocument record) -> {
            ObjectNode node = record.fields().deepCopy();
            node.put("text", record.text());
            sink.accept(node);
          }, e -> {
            throw e;
          });
    }
  }
}
