package dev.precis.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Document;
import dev.precis.core.Span;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one JSON shape every command writes: a versioned object per document, with spans as
 * code point offsets into the input text, so {@code text[start:end]} works in Python and jq.
 */
public final class Json {
  /** Bumped when a field changes meaning or goes away; new fields do not bump it. */
  public static final int SCHEMA = 1;
  /** Configured once and never changed: ObjectMapper is thread-safe after configuration. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Prefix of a record's own field whose name an output field of the command takes. */
  public static final String RECORD_PREFIX = "record_";
  /** The top-level fields every command's object, or an error record, may have. */
  private static final Set<String> COMMON_FIELDS = Set.of(
      "schema", "command", "source", "length", "paragraphs", "translation", "error");
  /** The top-level fields each command adds to {@link #COMMON_FIELDS}. */
  private static final Map<String, Set<String>> COMMAND_FIELDS = Map.of(
      "split", Set.of("sentences"),
      "summarize", Set.of("summarizer", "selected", "ranking"),
      "keywords", Set.of("keywords"),
      "quotes", Set.of("quotes", "speakers"),
      "translate", Set.of("translations"),
      "detect", Set.of("language", "language_iso1", "language_name", "confidence"),
      "extract", Set.of("title", "byline", "language", "body"));

  /**
   * The fields every command's object starts with: {@code schema}, {@code command}, the
   * record's own fields (for JSON Lines input), {@code source}, {@code length}, paragraphs.
   * The output's fields win: a record field named like one of them is kept as
   * {@code record_NAME} (see {@link #copyRecordFields}).
   */
  public static ObjectNode documentObject(
      String command, String source, ObjectNode recordFields, Document document) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("command", command);
    copyRecordFields(command, recordFields, root);
    if (source != null) {
      root.put("source", source);
    }
    CodePoints cp = new CodePoints(document.text());
    root.put("length", cp.of(document.text().length()));
    ArrayNode paragraphs = root.putArray("paragraphs");
    for (Span p : document.paragraphs()) {
      span(paragraphs.addObject(), p, cp);
    }
    return root;
  }

  /**
   * Copies a record's own fields into {@code root}; one whose name {@code command}'s output
   * uses ({@code schema}, {@code error}, {@code sentences}, ...) is renamed {@code record_NAME}
   * (with more {@code record_} while that is taken), so the output's fields always mean what
   * precis says and the record's value is still there. "text" is precis's when present (the
   * article text offsets refer to).
   */
  public static void copyRecordFields(String command, ObjectNode recordFields, ObjectNode root) {
    if (recordFields == null) {
      return;
    }
    Set<String> taken = COMMAND_FIELDS.getOrDefault(command, Set.of());
    recordFields.properties().forEach(field -> {
      String name = field.getKey();
      while (COMMON_FIELDS.contains(name) || taken.contains(name)
          || (!name.equals(field.getKey()) && recordFields.has(name))) {
        name = RECORD_PREFIX + name;
      }
      root.set(name, field.getValue());
    });
  }

  /**
   * The record written for a document that failed: what is known of it (the record's own
   * fields, renamed as in {@link #copyRecordFields}), where it came from and the error.
   */
  public static ObjectNode errorObject(String command, String source, ObjectNode recordFields,
      String error) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("schema", SCHEMA).put("command", command);
    copyRecordFields(command, recordFields, node);
    node.put("source", source).put("error", error);
    return node;
  }

  /** The sentences of {@code document} as objects with index, paragraph, offsets and text. */
  public static ArrayNode sentences(ObjectNode root, String field, Document document,
      List<Integer> indices) {
    CodePoints cp = new CodePoints(document.text());
    int[] paragraphOf = document.sentenceParagraphs();
    ArrayNode array = root.putArray(field);
    for (int index : indices) {
      Span s = document.sentences().get(index);
      ObjectNode node = array.addObject();
      node.put("index", index);
      node.put("paragraph", paragraphOf[index]);
      span(node, s, cp);
      node.put("text", document.text(s));
    }
    return array;
  }

  private static void span(ObjectNode node, Span span, CodePoints cp) {
    node.put("start", cp.of(span.start()));
    node.put("end", cp.of(span.end()));
  }

  /** One line of compact JSON, newline-terminated. */
  public static String line(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
