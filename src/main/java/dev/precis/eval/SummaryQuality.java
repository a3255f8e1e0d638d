package dev.precis.eval;

import dev.precis.core.summary.Article;
import dev.precis.core.summary.Openers;
import dev.precis.core.summary.Summary;
import dev.precis.core.summary.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a reader of a summary stumbles on, counted per chosen sentence. Definitions (own
 * patterns, not the classifier's, so the summarizer is not graded by its own rules):
 * <ul>
 *   <li>junk: under 5 words; a byline or credit ("By ...", "Contributing: ...", "... is a
 *       reporter for ...", photo credits); a bare URL, e-mail or handle; page furniture
 *       ("Advertisement", "Read more", "Related", ...); or all capitals;</li>
 *   <li>dangling: opens with a word that refers back ({@link Openers}: He, It, This, But,
 *       However, Also, ...) while the story sentence before it in the article is not chosen
 *       (the article's first story sentence never dangles).</li>
 * </ul>
 */
public final class SummaryQuality {
  static final int MIN_WORDS = 5;
  private static final Pattern CREDIT = Pattern.compile("(?i)(?:(?:photo|image|picture|"
      + "photograph|credit)s?(?: credit| by)?\\s*:.*|.*(?:getty images|\\bap photo|photo credit|"
      + "image credit|contributed to this report|\\b(?:is|was) an? (?:[\\p{L}-]+ ){0,3}(?:"
      + "reporter|writer|correspondent|editor|journalist|columnist|contributor) (?:for|at|with)"
      + "\\b).*)", Pattern.DOTALL);
  /** "By Phil Helsel", "With Post wires", "Contributing: Kristine Phillips": names only. */
  private static final Pattern CREDIT_NAMES = Pattern.compile("(?i:by|written by|reporting by|"
      + "contributing:?|with)\\s+\\p{Lu}[\\p{L}.'’-]*(?:[\\s,&]+(?:and|wires|\\p{Lu}[\\p{L}.'’-]*))*"
      + "[.\\s]*");
  private static final Pattern URL_TOKEN = Pattern.compile(
      "(?i)(?:https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\S+|@\\w+|#\\w+|\\S+\\.(?:com|org|net)\\S*)");
  private static final Set<String> FURNITURE = Set.of("advert", "advertisement", "review",
      "related", "read more", "more", "share", "comments", "subscribe", "click here",
      "leggi anche", "see more photos", "see more", "sign up", "follow us", "print", "email",
      "continue reading", "story continues below", "watch", "listen", "loading");

  private SummaryQuality() {}

  /** Why a chosen sentence is junk, or null when it is not. */
  public static String junk(String sentence) {
    String t = sentence.strip();
    if (TextAnalyzer.countWords(t) < MIN_WORDS) {
      return "under 5 words";
    }
    if (CREDIT_NAMES.matcher(t).matches() || CREDIT.matcher(t).matches()
        && TextAnalyzer.countWords(t) <= 40) {
      return "byline or credit";
    }
    if (isBareUrl(t)) {
      return "bare URL or handle";
    }
    String key = t.toLowerCase(Locale.ROOT).replaceAll("[\\s:.!›»|-]+$", "");
    if (FURNITURE.contains(key) || key.startsWith("read more") || key.startsWith("related:")
        || key.startsWith("leggi anche") || key.startsWith("advertisement")) {
      return "furniture";
    }
    if (allCapitals(t)) {
      return "all capitals";
    }
    return null;
  }

  private static boolean isBareUrl(String t) {
    for (String token : t.split("\\s+")) {
      if (!URL_TOKEN.matcher(token.replaceAll("[.,;:)]+$", "")).matches()) {
        return false;
      }
    }
    return true;
  }

  private static boolean allCapitals(String t) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    // Letters without case (Korean, Chinese, ...) do not make a sentence all capitals.
    return upper >= 2 && upper * 2 >= letters;
  }

  /** The chosen candidates of {@code summary} that open by referring back to an unchosen one. */
  public static List<Integer> dangling(Summary summary) {
    Article article = summary.article();
    boolean[] chosen = new boolean[article.size()];
    summary.chosen().forEach(k -> chosen[k] = true);
    List<Integer> result = new ArrayList<>();
    for (int k : summary.chosen()) {
      int previous = k - 1;
      while (previous >= 0 && !article.kind(previous).isStory()) {
        previous--;
      }
      if (previous >= 0 && !chosen[previous] && Openers.referringOpener(article.text(k)) != null) {
        result.add(k);
      }
    }
    return result;
  }
}
