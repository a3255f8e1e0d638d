package dev.precis.core.quotes;

import dev.precis.core.Lexicon;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words that get glued to a speaker's name and are never part of it ({@code
 * models/name-noise-en.txt}): weekdays, months, page furniture, dateline places and the last
 * word of a title written before a name.
 */
public final class NameNoise {
  /** What a noise word is. */
  public enum Type { WEEKDAY, MONTH, FURNITURE, PLACE, TAIL }

  private final Map<String, Type> words = new HashMap<>();

  public NameNoise(Lexicon lexicon) {
    for (String word : lexicon.words()) {
      words.put(word, Type.valueOf(lexicon.tag(word).toUpperCase(Locale.ROOT)));
    }
  }

  /** The type of a lower-case word, or null when it may be part of a name. */
  public Type of(String lowerCase) {
    return words.get(lowerCase);
  }

  /** Whether a word is a weekday or a month: never a name, wherever it stands. */
  public boolean isDate(String lowerCase) {
    Type t = of(lowerCase);
    return t == Type.WEEKDAY || t == Type.MONTH;
  }
}
