package dev.precis.core.translate;

import dev.precis.core.UnknownNameException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 639 language codes: users may write {@code es} or {@code spa}; precis works in ISO
 * 639-3 (what Apertium's newer pairs and OpenNLP's language detector use). The table comes
 * from the JDK's own ISO 639 data.
 */
public final class LanguageCodes {
  private static final Map<String, String> ISO3_TO_ISO1 = buildReverse();

  private LanguageCodes() {}

  /** The ISO 639-3 code for a 2- or 3-letter code, lower-cased; throws for unknown codes. */
  public static String toIso3(String code) {
    String c = code.trim().toLowerCase(Locale.ROOT);
    if (c.length() == 2) {
      try {
        return new Locale(c).getISO3Language();
      } catch (java.util.MissingResourceException e) {
        throw unknown(code);
      }
    }
    if (c.length() == 3 && c.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
      return c;
    }
    throw unknown(code);
  }

  /** Like {@link #toIso3} but null for codes it cannot read (for backends' pair lists). */
  public static String toIso3OrNull(String code) {
    try {
      return toIso3(code);
    } catch (UnknownNameException e) {
      return null;
    }
  }

  /** The 2-letter code where one exists, else the 3-letter code. */
  public static String toIso1(String iso3) {
    return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
  }

  /** The English name of a language, or the code when the JDK does not know it. */
  public static String displayName(String iso3) {
    String name = new Locale(toIso1(iso3)).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equals(toIso1(iso3)) ? iso3 : name;
  }

  private static UnknownNameException unknown(String code) {
    return new UnknownNameException("language code", code,
        List.of("ISO 639-1 or 639-3, e.g. es or spa, ca or cat, gl or glg"));
  }

  private static Map<String, String> buildReverse() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(new Locale(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException e) {
        // a code without a 3-letter form: users reach it by its 2-letter code only
      }
    }
    return Map.copyOf(map);
  }
}
