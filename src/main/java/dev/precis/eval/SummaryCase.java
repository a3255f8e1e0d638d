package dev.precis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.api.ArticleInput;
import dev.precis.api.Precis;
import dev.precis.api.SummarizeOptions;
import dev.precis.core.Session;
import dev.precis.core.summary.Article;
import dev.precis.html.InputKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One record of a summarization corpus ({@code ../shared/data/summ}): the article, its own
 * sentences when the record gives them, a title, the reference summary and, for the CNN
 * Corpus, the human extract as 1-based sentence numbers.
 */
public record SummaryCase(String id, String text, List<String> sentences, String title,
    String summary, List<Integer> extractIds) {

  public static SummaryCase fromJson(JsonNode node) {
    List<String> sentences = null;
    if (node.path("sentences").isArray()) {
      sentences = new ArrayList<>();
      for (JsonNode s : node.get("sentences")) {
        sentences.add(s.asText());
      }
    }
    List<Integer> extract = null;
    if (node.path("extract_ids").isArray()) {
      extract = new ArrayList<>();
      for (JsonNode s : node.get("extract_ids")) {
        extract.add(s.asInt());
      }
    }
    String title = node.path("title").isTextual() ? node.get("title").asText() : null;
    return new SummaryCase(node.path("id").asText(), node.path("text").asText(), sentences, title,
        node.path("summary").asText(), extract);
  }

  /**
   * The article as {@code summarize} prepares it (through {@link Precis#prepare}): the
   * record's sentences, or split by precis when it has none, their kinds, and the record's
   * title if any (no title is looked for in the text, as the corpora have none there).
   */
  public Article article(Session session) {
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    if (sentences != null) {
      sentences.forEach(fields.putArray("sentences")::add);
    }
    ArticleInput input = new ArticleInput(id, text, fields, false, InputKind.TEXT);
    return Precis.on(session).prepare(input,
        SummarizeOptions.builder().title(title).noTitle(true).build(), true);
  }

  /** The summary length to evaluate at: the gold extract's size where given, else 3. */
  public int length() {
    return extractIds != null && !extractIds.isEmpty() ? extractIds.size() : 3;
  }
}
