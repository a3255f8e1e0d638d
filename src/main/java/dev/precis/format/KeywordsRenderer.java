package dev.precis.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Document;
import dev.precis.core.Span;
import dev.precis.core.keywords.KeyphraseExtractor.Keyphrase;
import java.util.List;

/**
 * Renders key phrases: one per line, a Markdown list, or JSON with scores, variants (the
 * near-duplicates merged into a phrase) and the occurrences of the phrase and its variants.
 */
public final class KeywordsRenderer {
  private KeywordsRenderer() {}

  public static String render(Format format, String source, ObjectNode record, Document document,
      List<Keyphrase> phrases) {
    StringBuilder out = new StringBuilder();
    switch (format) {
      case JSON:
        return json(source, record, document, phrases);
      case TSV:
        return Tsv.keywords(source, phrases);
      case MARKDOWN:
        phrases.forEach(p -> out.append("- ").append(Markdown.inline(p.phrase())).append('\n'));
        return out.toString();
      default:
        phrases.forEach(p -> out.append(Text.oneLine(p.phrase())).append('\n'));
        return out.toString();
    }
  }

  static String json(String source, ObjectNode record, Document document, List<Keyphrase> phrases) {
    ObjectNode root = Json.documentObject("keywords", source, record, document);
    ArrayNode array = root.putArray("keywords");
    CodePoints cp = new CodePoints(document.text());
    for (Keyphrase p : phrases) {
      ObjectNode node = array.addObject();
      node.put("phrase", p.phrase()).put("score", Math.round(p.score() * 10000) / 10000.0)
          .put("count", p.occurrences().size());
      ArrayNode variants = node.putArray("variants");
      p.variants().forEach(variants::add);
      ArrayNode at = node.putArray("occurrences");
      for (Span s : p.occurrences()) {
        at.addObject().put("start", cp.of(s.start())).put("end", cp.of(s.end()))
            .put("text", document.text(s).replaceAll("\\s+", " "));
      }
    }
    return Json.line(root);
  }
}
