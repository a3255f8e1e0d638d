package dev.precis.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.html.InputKind;
import dev.precis.io.InputDocument;
import java.util.List;
import java.util.Objects;

/**
 * An article to process: its text (plain text or an HTML page), where it came from, and for a
 * JSON Lines record its other fields, which results carry along. Two fields mean something to
 * precis: {@code title} (the article's title, for summarize) and {@code sentences} (an array of
 * strings: the text already split, for summarize). The fields are never modified by precis.
 *
 * @param source where the text came from (a path, {@code path:line}); null when unknown
 * @param text the article's text or HTML
 * @param fields the record's other fields, or null for plain input
 * @param html true when the text is known to be HTML (a record's {@code html} field)
 * @param kind how to read the text: {@code AUTO} looks at it, {@code HTML} or {@code TEXT} force
 */
public record ArticleInput(String source, String text, ObjectNode fields, boolean html,
    InputKind kind) {
  public ArticleInput {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  /** Plain text, or HTML when it looks like HTML. */
  public static ArticleInput of(String text) {
    return new ArticleInput(null, text, null, false, InputKind.AUTO);
  }

  /** An HTML page, whatever it looks like. */
  public static ArticleInput html(String html) {
    return new ArticleInput(null, html, null, true, InputKind.AUTO);
  }

  /** A document as the command line reads it, to be read as {@code kind}. */
  public static ArticleInput from(InputDocument document, InputKind kind) {
    return new ArticleInput(document.source(), document.text(), document.fields(),
        document.html(), kind);
  }

  /** This input named {@code source} (used in error messages and results). */
  public ArticleInput withSource(String source) {
    return new ArticleInput(source, text, fields, html, kind);
  }

  /** This input with the record field {@code title} set. */
  public ArticleInput withTitle(String title) {
    ObjectNode copy = fieldsCopy();
    copy.put("title", title);
    return new ArticleInput(source, text, copy, html, kind);
  }

  /** This input with its text already split into {@code sentences} (each found in the text). */
  public ArticleInput withSentences(List<String> sentences) {
    ObjectNode copy = fieldsCopy();
    sentences.forEach(copy.putArray("sentences")::add);
    return new ArticleInput(source, text, copy, html, kind);
  }

  /** This input with the record field {@code name} set to {@code value}. */
  public ArticleInput withField(String name, JsonNode value) {
    ObjectNode copy = fieldsCopy();
    copy.set(name, value);
    return new ArticleInput(source, text, copy, html, kind);
  }

  /** How the text is to be read: HTML when it arrived as HTML and {@code kind} is auto. */
  public InputKind effectiveKind() {
    return html && kind == InputKind.AUTO ? InputKind.HTML : kind;
  }

  ObjectNode fieldsCopy() {
    return fields == null ? JsonNodeFactory.instance.objectNode() : fields.deepCopy();
  }
}
