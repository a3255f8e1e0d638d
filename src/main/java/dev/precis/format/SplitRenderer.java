package dev.precis.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Document;
import dev.precis.core.translate.Translation;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Renders a document's sentences: one per line, a numbered Markdown list, or JSON (with each
 * sentence's kind: "sentence", "heading", "byline", ...).
 */
public final class SplitRenderer {
  private SplitRenderer() {}

  public static String render(Format format, String source, ObjectNode record, Document doc) {
    return render(format, source, record, doc, null);
  }

  /**
   * With a {@code translation} of the sentences, text and Markdown show the translations and
   * JSON puts each beside its sentence's original text and offsets.
   */
  public static String render(Format format, String source, ObjectNode record, Document doc,
      Translation translation) {
    List<String> texts = translation == null ? null : translation.texts();
    switch (format) {
      case MARKDOWN:
        return markdown(doc, texts);
      case JSON:
        return json(source, record, doc, translation);
      case TSV:
        return Tsv.split(source, doc, translation);
      default:
        return text(doc, texts);
    }
  }

  static String text(Document doc, List<String> translations) {
    StringBuilder out = new StringBuilder(doc.text().length() + 64);
    for (int i = 0; i < doc.sentences().size(); i++) {
      String s = translations == null ? doc.text(doc.sentences().get(i)) : translations.get(i);
      out.append(Text.oneLine(s)).append('\n');
    }
    return out.toString();
  }

  /** Numbered across the article, so item N is sentence N in every format; paragraphs kept. */
  static String markdown(Document doc, List<String> translations) {
    StringBuilder out = new StringBuilder(doc.text().length() + 256);
    int[] paragraphOf = doc.sentenceParagraphs();
    for (int i = 0; i < paragraphOf.length; i++) {
      if (i > 0 && paragraphOf[i] != paragraphOf[i - 1]) {
        out.append('\n');
      }
      String s = translations == null ? doc.text(doc.sentences().get(i)) : translations.get(i);
      out.append(i + 1).append(". ").append(Markdown.inline(s))
          .append('\n');
    }
    return out.toString();
  }

  static String json(String source, ObjectNode record, Document doc, Translation translation) {
    ObjectNode root = Json.documentObject("split", source, record, doc);
    List<Integer> all = IntStream.range(0, doc.sentences().size()).boxed().toList();
    var sentences = Json.sentences(root, "sentences", doc, all);
    for (int i = 0; i < all.size(); i++) {
      ((ObjectNode) sentences.get(i)).put("kind", doc.kind(i).label());
    }
    if (translation != null) {
      TranslationRenderer.describe(root, translation);
      TranslationRenderer.addTranslations(sentences, translation.texts());
    }
    return Json.line(root);
  }
}
