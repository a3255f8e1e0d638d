package dev.precis.core.summary;

import java.util.List;

/**
 * The result of summarizing one article: the ranker's scores for every candidate, each
 * candidate's rank (1 = best score), the chosen candidates in output order, and for each
 * candidate a note on why it was skipped or brought in (null when there is nothing to say).
 */
public record Summary(Article article, String method, Ranker.Ranking ranking, int[] ranks,
    List<Integer> chosen, SummaryOptions options, String[] notes) {

  /** The document sentence indices of the chosen sentences, in output order. */
  public List<Integer> chosenSentences() {
    return chosen.stream().map(article::sentenceIndex).toList();
  }

  /** Why candidate {@code k} was skipped or added, or null. */
  public String note(int k) {
    return notes[k];
  }

  /** The chosen sentences' texts, in output order. */
  public List<String> texts() {
    return chosen.stream().map(article::text).toList();
  }

  /** The chosen sentences' texts joined by newlines, the form ROUGE scores. */
  public String text() {
    return String.join("\n", texts());
  }
}
