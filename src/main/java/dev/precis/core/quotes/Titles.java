package dev.precis.core.quotes;

import dev.precis.core.Lexicon;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The title, role and organisation-word lexicon ({@code models/titles-en.txt}), matched on
 * lower-case word sequences of up to three words ("head of state").
 */
public final class Titles {
  /** What a matched phrase is. */
  public enum Type { TITLE, ROLE, HONORIFIC, ORG }

  /**
   * One entry.
   *
   * @param type what the phrase names
   * @param gender 'm', 'f' or 0 when the phrase does not tell
   * @param title the title the phrase stands for ("head of state" stands for "president")
   * @param words how many words the phrase has
   */
  public record Entry(Type type, char gender, String title, int words) {}

  private final Map<String, Entry> entries = new HashMap<>();
  /** First words of the phrases of two or three words, to skip building phrases otherwise. */
  private final java.util.Set<String> phraseStarts = new java.util.HashSet<>();

  public Titles(Lexicon lexicon) {
    for (String phrase : lexicon.words()) {
      String tag = lexicon.tag(phrase);
      String title = phrase;
      int eq = tag.indexOf('=');
      if (eq >= 0) {
        title = tag.substring(eq + 1);
        tag = tag.substring(0, eq);
      }
      char gender = 0;
      int colon = tag.indexOf(':');
      if (colon >= 0) {
        gender = tag.charAt(colon + 1);
        tag = tag.substring(0, colon);
      }
      Type type = Type.valueOf(tag.toUpperCase(Locale.ROOT));
      String[] words = phrase.split(" ");
      entries.put(phrase, new Entry(type, gender, title, words.length));
      if (words.length > 1) {
        phraseStarts.add(words[0]);
      }
    }
  }

  /** The longest entry that starts at word {@code i} of {@code words}, or null. */
  public Entry match(List<String> words, int i) {
    String first = words.get(i).toLowerCase(Locale.ROOT);
    if (!phraseStarts.contains(first)) {
      return entries.get(first);
    }
    for (int n = Math.min(3, words.size() - i); n >= 1; n--) {
      StringBuilder phrase = new StringBuilder();
      for (int k = i; k < i + n; k++) {
        if (k > i) {
          phrase.append(' ');
        }
        phrase.append(words.get(k).toLowerCase(Locale.ROOT));
      }
      Entry e = entries.get(phrase.toString());
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /** The entry for one lower-case word, or null. */
  public Entry word(String lowerCase) {
    return entries.get(lowerCase);
  }
}
