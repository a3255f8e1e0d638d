package dev.precis.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Document;
import dev.precis.core.Span;
import java.io.UncheckedIOException;
import java.util.List;

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

  /**
   * The fields every command's object starts with: {@code schema}, {@code command}, the
   * record's own fields (for JSON Lines input), {@code source}, {@code length}, paragraphs.
   */
  public static ObjectNode documentObject(
      String command, String source, ObjectNode recordFields, Document document) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("command", command);
    if (recordFields != null) {
      recordFields.properties().forEach(field -> root.set(field.getKey(), field.getValue()));
    }
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
