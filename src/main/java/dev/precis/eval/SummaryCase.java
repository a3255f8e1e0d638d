package dev.precis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.core.Document;
import dev.precis.core.Session;
import dev.precis.core.summary.Article;
import dev.precis.core.summary.GivenSentences;
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
   * The document with the record's sentences, or split by precis when it has none, and the
   * sentences' kinds, as {@code summarize} prepares it.
   */
  public Document document(Session session) {
    Document split = sentences != null ? GivenSentences.apply(id, text, sentences)
        : session.splitter("precis").apply(Document.of(text));
    return session.sentenceClassifier().apply(split);
  }

  public Article article(Session session) {
    return Article.of(document(session), null, title, session.textAnalyzer());
  }

  /** The summary length to evaluate at: the gold extract's size where given, else 3. */
  public int length() {
    return extractIds != null && !extractIds.isEmpty() ? extractIds.size() : 3;
  }
}
