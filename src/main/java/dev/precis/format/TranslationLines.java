package dev.precis.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Document;
import dev.precis.core.Span;
import dev.precis.core.translate.Translation;
import java.util.List;

/**
 * `translate --lines`: each line of the input is one segment and gets one line of output, so a
 * sentence-per-line corpus (FLORES, NTREX) lines up with its reference line by line. A blank
 * line stays blank and is not sent to the translator.
 */
public final class TranslationLines {
  private TranslationLines() {}

  /** The translation laid out line for line ({@code translation} has one text per segment). */
  public static String render(Format format, String source, ObjectNode record, Document doc,
      List<Span> segments, Translation translation) {
    List<String> texts = translation.texts();
    if (format == Format.JSON) {
      ObjectNode root = Json.documentObject("translate", source, record, doc);
      TranslationRenderer.describe(root, translation);
      CodePoints cp = new CodePoints(doc.text());
      ArrayNode lines = root.putArray("lines");
      for (int i = 0; i < segments.size(); i++) {
        Span s = segments.get(i);
        lines.addObject().put("line", lineNumber(doc.text(), s.start()))
            .put("start", cp.of(s.start())).put("end", cp.of(s.end()))
            .put("text", doc.text(s)).put("translation", texts.get(i));
      }
      return Json.line(root);
    }
    StringBuilder out = new StringBuilder(doc.text().length() + 64);
    int next = 0;
    for (String line : doc.text().split("\r\n|\r|\n", -1)) {
      if (line.isBlank()) {
        out.append('\n');
      } else {
        String t = Text.oneLine(texts.get(next++));
        out.append(format == Format.MARKDOWN ? Markdown.inline(t) : t).append('\n');
      }
    }
    // the text's final line end leaves one empty piece, which is not a line of its own
    if (doc.text().endsWith("\n") || doc.text().endsWith("\r")) {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** The 1-based number of the line holding {@code offset}. */
  private static int lineNumber(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
