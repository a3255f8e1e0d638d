package dev.precis.eval;

import dev.precis.core.Document;
import dev.precis.core.Lexicon;
import dev.precis.core.Span;
import dev.precis.core.keywords.KeyphraseExtractor;
import dev.precis.core.keywords.KeyphraseExtractor.Keyphrase;
import dev.precis.core.quotes.TaggedSentence;
import dev.precis.core.quotes.Tagger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks that key phrases are complete noun phrases of their article. A phrase fails, at its
 * first occurrence tagged in its sentence (greedy UD tagger, not the extractor's own decoding),
 * for the first of these reasons:
 * <ul>
 *   <li>{@code fragment}: it starts or ends inside a word ("sex marriage" cut from
 *       "same-sex marriage");
 *   <li>{@code date}: it holds a weekday, a month or a day word ("marriage Monday");
 *   <li>{@code possessive}: it ends in, or starts with, a possessive ending or a bare
 *       apostrophe ("Michel's"); a whole possessive noun phrase ("Charles Michel's request")
 *       passes;
 *   <li>{@code head}: its last word is not a noun, proper noun or number (a trailing verb,
 *       adjective or preposition: "people develop painful swollen");
 *   <li>{@code title}: a title, honorific, role or organisation word of
 *       {@code models/titles-en.txt} is glued to a following proper noun ("President
 *       Kassym-Jomart Tokayev", "European Council Charles Michel");
 *   <li>{@code cut-name}: a name goes on before or after it (a proper noun next to its
 *       first or last proper noun, as in "Federal judge orders Utah"), unless what comes
 *       before is a title word ("President Vladimir Putin" gives "Vladimir Putin").
 * </ul>
 */
public final class KeywordsEvaluation {
  private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
      "june", "july", "august", "september", "october", "november", "december", "today",
      "yesterday", "tomorrow", "tonight", "weekend");

  private final KeyphraseExtractor extractor;
  private final Tagger tagger;
  private final Lexicon titles;

  public KeywordsEvaluation(KeyphraseExtractor extractor, Tagger tagger, Lexicon titles) {
    this.extractor = extractor;
    this.tagger = tagger;
    this.titles = titles;
  }

  /** One phrase with the reason it failed, or null when it passed. */
  public record Judged(String id, String phrase, String failure) {}

  /** The phrases of all articles and, per reason, how many failed. */
  public record Result(int articles, List<Judged> phrases, Map<String, Integer> failures) {
    public int failed() {
      return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    public double failedShare() {
      return phrases.isEmpty() ? 0 : (double) failed() / phrases.size();
    }
  }

  /** The top {@code k} phrases of each document (with sentences), judged. */
  public Result run(Map<String, Document> documents, int k) {
    List<Judged> judged = new ArrayList<>();
    Map<String, Integer> failures = new LinkedHashMap<>();
    for (Map.Entry<String, Document> e : documents.entrySet()) {
      for (Keyphrase p : extractor.extract(e.getValue(), k)) {
        String failure = failure(e.getValue(), p);
        judged.add(new Judged(e.getKey(), p.phrase(), failure));
        if (failure != null) {
          failures.merge(failure, 1, Integer::sum);
        }
      }
    }
    return new Result(documents.size(), judged, failures);
  }

  /** Why {@code phrase} is no complete noun phrase of {@code document}, or null. */
  public String failure(Document document, Keyphrase phrase) {
    String text = document.text();
    Span at = phrase.occurrences().get(0);
    if (insideWord(text, at)) {
      return "fragment";
    }
    Span sentence = sentenceOf(document, at);
    TaggedSentence tagged = tagger.open().tag(text, sentence);
    int first = tagged.tokenAtOrAfter(at.start());
    int last = tagged.tokenEndingBy(at.end());
    if (first > last) {
      return "fragment";
    }
    for (int i = first; i <= last; i++) {
      if (DATE_WORDS.contains(tagged.lower(i))) {
        return "date";
      }
    }
    if (isPossessive(tagged.lower(last)) || isPossessive(tagged.lower(first))) {
      return "possessive";
    }
    if (!isNominal(tagged.tags()[last])) {
      return "head";
    }
    for (int i = first; i < last; i++) {
      if (isTitleWord(tagged.lower(i)) && tagged.is(i + 1, "PROPN")
          && !isTitleWord(tagged.lower(i + 1))) {
        return "title";
      }
    }
    // A title before the phrase introduces its name ("President Vladimir Putin"): no cut.
    boolean nameBefore = first > 0 && tagged.is(first - 1, "PROPN") && tagged.is(first, "PROPN")
        && !isPossessive(tagged.lower(first - 1)) && !isTitleWord(tagged.lower(first - 1));
    boolean nameAfter = tagged.is(last + 1, "PROPN") && tagged.is(last, "PROPN");
    return nameBefore || nameAfter ? "cut-name" : null;
  }

  /** A title, honorific, role or organisation word of the titles lexicon. */
  private boolean isTitleWord(String lower) {
    String tag = titles.tag(lower);
    return tag != null && (tag.startsWith("title") || tag.startsWith("honorific")
        || tag.equals("org") || tag.equals("role"));
  }

  private static boolean insideWord(String text, Span at) {
    return (at.start() > 0 && joins(text, at.start() - 1, -1))
        || (at.end() < text.length() && joins(text, at.end(), 1));
  }

  /** Whether the char at {@code i} continues the word beside it: a letter, digit or tight hyphen. */
  private static boolean joins(String text, int i, int direction) {
    char c = text.charAt(i);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int beyond = i + direction;
    return c == '-' && beyond >= 0 && beyond < text.length()
        && Character.isLetterOrDigit(text.charAt(beyond));
  }

  private static Span sentenceOf(Document document, Span at) {
    for (Span s : document.sentences()) {
      if (s.start() <= at.start() && at.end() <= s.end()) {
        return s;
      }
    }
    return new Span(at.start(), at.end());
  }

  private static boolean isPossessive(String word) {
    return word.equals("'s") || word.equals("’s") || word.equals("'") || word.equals("’")
        || word.endsWith("'s") || word.endsWith("’s");
  }

  private static boolean isNominal(String tag) {
    return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("NUM");
  }

  /** The share of failed phrases as a percentage, for reports. */
  public static String percent(Result r) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * r.failedShare());
  }
}
