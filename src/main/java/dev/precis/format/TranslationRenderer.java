package dev.precis.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Document;
import dev.precis.core.Span;
import dev.precis.core.translate.LanguageCodes;
import dev.precis.core.translate.Translation;
import java.util.List;

/**
 * Renders a translated article: the translated paragraphs (text, Markdown) or, in JSON, each
 * paragraph's offsets and original text beside its translation.
 */
public final class TranslationRenderer {
  private TranslationRenderer() {}

  public static String render(Format format, String source, ObjectNode record, Document doc,
      Translation translation) {
    switch (format) {
      case JSON:
        return json(source, record, doc, translation);
      case MARKDOWN:
        return paragraphs(translation.texts(), true);
      default:
        return paragraphs(translation.texts(), false);
    }
  }

  private static String paragraphs(List<String> texts, boolean markdown) {
    StringBuilder out = new StringBuilder();
    for (String t : texts) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(markdown ? Markdown.inline(t) : t).append('\n');
    }
    return out.toString();
  }

  static String json(String source, ObjectNode record, Document doc, Translation translation) {
    ObjectNode root = Json.documentObject("translate", source, record, doc);
    describe(root, translation);
    CodePoints cp = new CodePoints(doc.text());
    ArrayNode array = root.putArray("translations");
    for (int i = 0; i < doc.paragraphs().size(); i++) {
      Span p = doc.paragraphs().get(i);
      ObjectNode node = array.addObject();
      node.put("paragraph", i);
      node.put("start", cp.of(p.start()));
      node.put("end", cp.of(p.end()));
      node.put("text", doc.text(p));
      node.put("translation", translation.texts().get(i));
    }
    return Json.line(root);
  }

  /**
   * Adds a {@code translation} object saying how a document was translated: languages (ISO
   * 639-3 and 639-1), detection confidence, backend, pair, pass-through, masked names.
   * Commands that translate their output call this beside their own fields.
   */
  public static void describe(ObjectNode root, Translation t) {
    ObjectNode node = root.putObject("translation");
    node.put("from", t.from()).put("from_iso1", LanguageCodes.toIso1(t.from()));
    if (!Double.isNaN(t.confidence())) {
      node.put("from_confidence", Math.round(t.confidence() * 1000) / 1000.0);
    }
    node.put("to", t.to()).put("to_iso1", LanguageCodes.toIso1(t.to()))
        .put("translator", t.translator()).put("passed_through", t.passedThrough());
    if (t.pair() != null) {
      node.put("pair", t.pair());
    }
    ArrayNode names = node.putArray("protected");
    t.protectedNames().stream().sorted().forEach(names::add);
  }

  /** Puts {@code translations} beside the texts of an array built by {@link Json#sentences}. */
  public static void addTranslations(ArrayNode items, List<String> translations) {
    for (int i = 0; i < items.size(); i++) {
      ((ObjectNode) items.get(i)).put("translation", translations.get(i));
    }
  }
}
