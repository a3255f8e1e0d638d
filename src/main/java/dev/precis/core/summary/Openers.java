package dev.precis.core.summary;

import java.util.Locale;
import java.util.Set;

/**
 * Sentence openers that refer back to what came before (He, It, This, But, However, Also,
 * ...): such a sentence read alone leaves the reader asking who or what. One definition for
 * the summarizer, which keeps them attached to their antecedent, and for the evaluation,
 * which counts the ones left dangling.
 */
public final class Openers {
  private static final Set<String> WORDS = Set.of("he", "she", "they", "it", "this", "that",
      "these", "those", "his", "her", "their", "its", "him", "them", "but", "however", "also",
      "and", "so", "yet", "still", "moreover", "furthermore", "meanwhile", "besides", "instead",
      "nevertheless", "nonetheless", "thus", "therefore", "hence", "likewise", "similarly",
      "additionally", "otherwise", "such", "both", "another", "then", "or", "nor", "plus",
      "later", "afterwards", "despite");
  private static final Set<String> PAIRS = Set.of("in addition", "as a result", "the latter",
      "the former", "by contrast", "in contrast", "even so", "after that", "on the other");

  private Openers() {}

  /**
   * The opening word or words of {@code sentence} that refer back, as written, or null when
   * it opens otherwise. Opening quotes and brackets are skipped; case does not matter.
   */
  public static String referringOpener(String sentence) {
    int i = 0;
    int n = sentence.length();
    while (i < n && !Character.isLetterOrDigit(sentence.charAt(i))) {
      i++;
    }
    int firstStart = i;
    int firstEnd = wordEnd(sentence, i);
    if (firstEnd == firstStart) {
      return null;
    }
    String first = normalise(sentence.substring(firstStart, firstEnd));
    if (WORDS.contains(first) || WORDS.contains(stripClitic(first))) {
      return sentence.substring(firstStart, firstEnd);
    }
    int secondStart = firstEnd;
    while (secondStart < n && sentence.charAt(secondStart) == ' ') {
      secondStart++;
    }
    int secondEnd = wordEnd(sentence, secondStart);
    if (secondEnd > secondStart) {
      String pair = first + " " + normalise(sentence.substring(secondStart, secondEnd));
      if (PAIRS.contains(pair)) {
        return sentence.substring(firstStart, secondEnd);
      }
    }
    return null;
  }

  private static int wordEnd(String s, int from) {
    int i = from;
    while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '\''
        || s.charAt(i) == '’')) {
      i++;
    }
    return i;
  }

  private static String normalise(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static String stripClitic(String word) {
    int apostrophe = word.indexOf('\'');
    return apostrophe > 0 ? word.substring(0, apostrophe) : word;
  }
}
