package dev.precis.cli;

import static dev.precis.cli.Specs.option;
import static dev.precis.cli.Specs.positionals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.format.Json;
import dev.precis.html.InputKind;
import dev.precis.html.Inputs;
import dev.precis.io.InputDocument;
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

  /** How to read {@code document}: as given by --input, or HTML when it arrived as HTML. */
  InputKind kindOf(InputDocument document) {
    return document.html() && kind == InputKind.AUTO ? InputKind.HTML : kind;
  }

  /** {@code document} with HTML reduced to its article text; plain text unchanged. */
  InputDocument asArticle(InputDocument document) {
    String text = Inputs.toArticleText(document.source(), document.text(), kindOf(document));
    if (text.equals(document.text()) && !document.html()) {
      return document;
    }
    // JSON offsets refer to the article text, which the user never saw: it goes along in
    // the output's "text" field so that text[start:end] still works.
    ObjectNode fields = document.fields() == null ? Json.mapper().createObjectNode()
        : document.fields().deepCopy();
    fields.put("text", text);
    return new InputDocument(document.source(), text, fields);
  }

  InputReader reader(RunContext context) {
    return new InputReader(context.stdin(), encoding, jsonLines);
  }
}
