package dev.precis.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Session;
import dev.precis.format.Format;
import dev.precis.format.Json;
import dev.precis.io.InputDocument;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A document command configured from its arguments, for callers outside the command line
 * (the Spark job): one document in, the line {@code precis COMMAND --jsonl} prints for it out.
 * Option parsing and validation are the command's own, so both runs agree by construction.
 */
public final class DocumentTask {
  private final String command;
  private final DocumentCommand worker;

  private DocumentTask(String command, DocumentCommand worker) {
    this.command = command;
    this.worker = worker;
  }

  /**
   * The command {@code command} with {@code options} (no input files) on {@code session}.
   * Throws {@link IllegalArgumentException} with the command line's message when the command
   * is not a document command or an option is wrong.
   */
  public static DocumentTask parse(Session session, String command, List<String> options) {
    RunContext context = new RunContext(session, new ByteArrayInputStream(new byte[0]),
        OutputStream.nullOutputStream(), new PrintWriter(OutputStream.nullOutputStream()),
        Terminal.none(Map.of()));
    CommandSpec named = PrecisCommand.subcommand(command, context);
    if (named == null || !(named.userObject() instanceof DocumentCommand worker)) {
      throw new IllegalArgumentException("'" + command + "' is not a document command");
    }
    try {
      CommandLine line = new CommandLine(named);
      line.setCaseInsensitiveEnumValuesAllowed(true);
      line.parseArgs(options.toArray(new String[0]));
      if (!worker.input.files.isEmpty()) {
        throw new IllegalArgumentException(
            "unexpected input " + worker.input.files + " (give the input with --input)");
      }
      worker.validate();
    } catch (ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return new DocumentTask(command, worker);
  }

  /** The command's name. */
  public String command() {
    return command;
  }

  /** The JSON line (newline-terminated) for {@code document}; throws when it fails. */
  public String jsonLine(InputDocument document) {
    return worker.process(document, Format.JSON);
  }

  /**
   * The record of a document that failed, as batch writes it: the input record's fields when
   * it could be read ({@code fields} may be null), its source and the error.
   */
  public static String errorRecord(String command, ObjectNode fields, String source,
      String error) {
    return Json.line(Json.errorObject(command, source, fields, error));
  }
}
