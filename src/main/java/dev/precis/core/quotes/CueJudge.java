package dev.precis.core.quotes;

/**
 * The one place where a trained model takes part in the rules' search for reported speech
 * ({@code dev.precis.core.quotes.model.QuoteModel} implements it). The rules ask it which
 * words may be cues, so that sentences holding them are tagged, and then, token by token,
 * whether a word is the cue of a reported statement; the subject and content are still found
 * by the rules. Implementations are thread-safe.
 */
public interface CueJudge {

  /** Whether {@code lowerCaseWord} is worth tagging its sentence for. */
  boolean mayBeCue(String lowerCaseWord);

  /**
   * Whether token {@code i} of {@code s} is the cue of reported speech, given its lemma and
   * the rules' own verdict.
   */
  boolean isCue(TaggedSentence s, int i, String lemma, boolean rulesSayCue);
}
