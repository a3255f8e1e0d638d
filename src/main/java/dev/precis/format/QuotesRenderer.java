package dev.precis.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Document;
import dev.precis.core.Span;
import dev.precis.core.quotes.Quote;
import dev.precis.core.quotes.Speaker;
import dev.precis.core.translate.Translation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an article's quotes: one block per quote in text, a blockquote followed by
 * "— Speaker" in Markdown, and objects with code point offsets in JSON, where {@code speaker}
 * is the clean name and {@code speaker_info} tells its kind, mention, title and confidence. With
 * {@code bySpeaker} the quotes are grouped under their canonical speaker, with counts.
 */
public final class QuotesRenderer {
  /** Shown where the speaker is unknown. */
  static final String UNKNOWN = "unknown speaker";

  private QuotesRenderer() {}

  public static String render(Format format, String source, ObjectNode record, Document doc,
      List<Quote> quotes, boolean bySpeaker) {
    return render(format, source, record, doc, quotes, bySpeaker, null);
  }

  /**
   * With a {@code translation} of the quotes' texts (one per quote, in order), text and
   * Markdown show the translations and JSON puts each beside its quote's original text and
   * offsets; speakers stay as the article names them.
   */
  public static String render(Format format, String source, ObjectNode record, Document doc,
      List<Quote> quotes, boolean bySpeaker, Translation translation) {
    Map<Quote, String> translated = new IdentityHashMap<>();
    if (translation != null) {
      for (int i = 0; i < quotes.size(); i++) {
        translated.put(quotes.get(i), translation.texts().get(i));
      }
    }
    switch (format) {
      case MARKDOWN:
        return markdown(doc, quotes, bySpeaker, translated);
      case JSON:
        return json(source, record, doc, quotes, bySpeaker, translation);
      case TSV:
        return Tsv.quotes(source, doc, quotes, translation);
      default:
        return text(doc, quotes, bySpeaker, translated);
    }
  }

  static String text(Document doc, List<Quote> quotes, boolean bySpeaker,
      Map<Quote, String> translated) {
    StringBuilder out = new StringBuilder();
    if (!bySpeaker) {
      for (Quote q : quotes) {
        out.append(label(q)).append(' ').append(speaker(q)).append(attribution(doc, q))
            .append("\n  ").append(quoteText(doc, q, translated)).append('\n');
      }
      return out.toString();
    }
    groups(quotes).forEach((speaker, group) -> {
      out.append(speaker == null ? UNKNOWN : speaker).append(" (").append(group.size())
          .append(")\n");
      for (Quote q : group) {
        out.append("  ").append(label(q)).append(' ').append(quoteText(doc, q, translated))
            .append('\n');
      }
    });
    return out.toString();
  }

  static String markdown(Document doc, List<Quote> quotes, boolean bySpeaker,
      Map<Quote, String> translated) {
    StringBuilder out = new StringBuilder();
    if (!bySpeaker) {
      for (Quote q : quotes) {
        blockquote(out, doc, q, translated);
        out.append("— ").append(Markdown.inline(speaker(q))).append(" *(")
            .append(q.kind().label()).append(q.unclosed() ? ", unclosed" : "").append(")*\n\n");
      }
      return out.toString();
    }
    groups(quotes).forEach((speaker, group) -> {
      out.append("### ").append(Markdown.inline(speaker == null ? UNKNOWN : speaker))
          .append(" (").append(group.size()).append(")\n\n");
      for (Quote q : group) {
        blockquote(out, doc, q, translated);
        out.append("— ").append(Markdown.inline(speaker(q))).append(" *(")
            .append(q.kind().label()).append(")*\n\n");
      }
    });
    return out.toString();
  }

  private static void blockquote(StringBuilder out, Document doc, Quote q,
      Map<Quote, String> translated) {
    if (translated.containsKey(q)) {
      out.append("> ").append(Markdown.inline(translated.get(q))).append("\n\n");
      return;
    }
    List<Span> pieces = q.kind() == Quote.Kind.INDIRECT ? List.of(q.span()) : q.parts();
    for (int i = 0; i < pieces.size(); i++) {
      if (i > 0) {
        out.append(">\n");
      }
      out.append("> ").append(Markdown.inline(doc.text(pieces.get(i)))).append('\n');
    }
    out.append('\n');
  }

  static String json(String source, ObjectNode record, Document doc, List<Quote> quotes,
      boolean bySpeaker, Translation translation) {
    ObjectNode root = Json.documentObject("quotes", source, record, doc);
    CodePoints cp = new CodePoints(doc.text());
    ArrayNode array = root.putArray("quotes");
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      ObjectNode node = array.addObject();
      node.put("index", i);
      node.put("kind", q.kind().label());
      span(node, q.span(), cp);
      node.put("text", doc.text(q.span()));
      ArrayNode parts = node.putArray("parts");
      q.parts().forEach(p -> span(parts.addObject(), p, cp));
      span(node.putObject("content"), q.content(), cp);
      spanOrNull(node, "cue", q.cue(), doc, cp);
      node.put("speaker", q.speaker());
      speakerDetail(node, q.speakerDetail(), doc, cp);
      spanOrNull(node, "speaker_mention", q.speakerMention(), doc, cp);
      node.put("unclosed", q.unclosed());
      if (translation != null) {
        node.put("translation", translation.texts().get(i));
      }
    }
    if (translation != null) {
      TranslationRenderer.describe(root, translation);
    }
    if (bySpeaker) {
      ArrayNode speakers = root.putArray("speakers");
      Map<String, List<Integer>> indices = new LinkedHashMap<>();
      for (int i = 0; i < quotes.size(); i++) {
        indices.computeIfAbsent(quotes.get(i).speaker(), k -> new ArrayList<>()).add(i);
      }
      indices.forEach((speaker, list) -> {
        ObjectNode node = speakers.addObject();
        node.put("speaker", speaker);
        node.put("count", list.size());
        ArrayNode refs = node.putArray("quotes");
        list.forEach(refs::add);
      });
    }
    return Json.line(root);
  }

  /** The speaker as an object: clean name, kind, mention, title and the rule's confidence. */
  private static void speakerDetail(ObjectNode node, Speaker who, Document doc, CodePoints cp) {
    if (who == null) {
      node.putNull("speaker_info");
      return;
    }
    ObjectNode info = node.putObject("speaker_info");
    info.put("name", who.name()).put("kind", who.kind().label());
    spanOrNull(info, "mention", who.mention(), doc, cp);
    info.put("title", who.title());
    info.put("confidence", Math.round(who.confidence() * 100) / 100.0);
  }

  /** Quotes grouped by canonical speaker, most quoted first, unknown speakers last. */
  static Map<String, List<Quote>> groups(List<Quote> quotes) {
    Map<String, List<Quote>> byFirstSeen = new LinkedHashMap<>();
    for (Quote q : quotes) {
      byFirstSeen.computeIfAbsent(q.speaker(), k -> new ArrayList<>()).add(q);
    }
    List<Map.Entry<String, List<Quote>>> entries = new ArrayList<>(byFirstSeen.entrySet());
    entries.sort((a, b) -> a.getKey() == null ? 1 : b.getKey() == null ? -1
        : Integer.compare(b.getValue().size(), a.getValue().size()));
    Map<String, List<Quote>> result = new LinkedHashMap<>();
    entries.forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }

  private static String label(Quote q) {
    return "[" + q.kind().label() + (q.unclosed() ? ", unclosed" : "") + "]";
  }

  private static String speaker(Quote q) {
    return q.speaker() == null ? UNKNOWN : q.speaker();
  }

  private static String attribution(Document doc, Quote q) {
    List<String> bits = new ArrayList<>();
    if (q.speakerMention() != null && !doc.text(q.speakerMention()).equals(q.speaker())) {
      bits.add("as \"" + Text.oneLine(doc.text(q.speakerMention())) + "\"");
    }
    if (q.cue() != null) {
      bits.add("cue \"" + Text.oneLine(doc.text(q.cue())) + "\"");
    }
    return bits.isEmpty() ? "" : " (" + String.join(", ", bits) + ")";
  }

  /** The quote on one line; the pieces of an interrupted or multi-paragraph quote joined. */
  private static String quoteText(Document doc, Quote q, Map<Quote, String> translated) {
    if (translated.containsKey(q)) {
      String text = Text.oneLine(translated.get(q));
      return q.kind() == Quote.Kind.INDIRECT ? text : "“" + text + (q.unclosed() ? "" : "”");
    }
    if (q.kind() == Quote.Kind.INDIRECT) {
      return Text.oneLine(doc.text(q.span()));
    }
    List<String> pieces = new ArrayList<>();
    q.parts().forEach(p -> pieces.add(Text.oneLine(doc.text(p))));
    return "“" + String.join(" … ", pieces) + (q.unclosed() ? "" : "”");
  }

  private static void span(ObjectNode node, Span span, CodePoints cp) {
    node.put("start", cp.of(span.start()));
    node.put("end", cp.of(span.end()));
  }

  private static void spanOrNull(ObjectNode node, String field, Span span, Document doc,
      CodePoints cp) {
    if (span == null) {
      node.putNull(field);
      return;
    }
    ObjectNode child = node.putObject(field);
    span(child, span, cp);
    child.put("text", doc.text(span));
  }
}
