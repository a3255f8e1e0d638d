package dev.precis.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Document;
import java.util.List;
import java.util.stream.IntStream;

/** Renders a document's sentences: one per line, a numbered Markdown list, or JSON. */
public final class SplitRenderer {
  private SplitRenderer() {}

  public static String render(Format format, String source, ObjectNode record, Document doc) {
    switch (format) {
      case MARKDOWN:
        return markdown(doc);
      case JSON:
        return json(source, record, doc);
      default:
        return text(doc);
    }
  }

  static String text(Document doc) {
    StringBuilder out = new StringBuilder(doc.text().length() + 64);
    doc.sentences().forEach(s -> out.append(Text.oneLine(doc.text(s))).append('\n'));
    return out.toString();
  }

  /** Numbered across the article, so item N is sentence N in every format; paragraphs kept. */
  static String markdown(Document doc) {
    StringBuilder out = new StringBuilder(doc.text().length() + 256);
    int[] paragraphOf = doc.sentenceParagraphs();
    for (int i = 0; i < paragraphOf.length; i++) {
      if (i > 0 && paragraphOf[i] != paragraphOf[i - 1]) {
        out.append('\n');
      }
      out.append(i + 1).append(". ").append(Markdown.inline(doc.text(doc.sentences().get(i))))
          .append('\n');
    }
    return out.toString();
  }

  static String json(String source, ObjectNode record, Document doc) {
    ObjectNode root = Json.documentObject("split", source, record, doc);
    List<Integer> all = IntStream.range(0, doc.sentences().size()).boxed().toList();
    Json.sentences(root, "sentences", doc, all);
    return Json.line(root);
  }
}
