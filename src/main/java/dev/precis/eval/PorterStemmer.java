package dev.precis.eval;

import java.util.Map;

/**
 * The Porter stemmer in the variant the ROUGE reference scorer uses (NLTK's default
 * "NLTK_EXTENSIONS" mode): Porter's 1980 rules plus Martin Porter's later changes and a few
 * irregular forms. Written for precis from the published rule descriptions; reproducing that
 * variant exactly is what makes our ROUGE match published numbers. Expects lower-case ASCII
 * words; stateless and thread-safe.
 */
public final class PorterStemmer {
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("sky", "sky"), Map.entry("skies", "sky"), Map.entry("dying", "die"),
      Map.entry("lying", "lie"), Map.entry("tying", "tie"), Map.entry("news", "news"),
      Map.entry("innings", "inning"), Map.entry("inning", "inning"),
      Map.entry("outings", "outing"), Map.entry("outing", "outing"),
      Map.entry("cannings", "canning"), Map.entry("canning", "canning"),
      Map.entry("howe", "howe"), Map.entry("proceed", "proceed"),
      Map.entry("exceed", "exceed"), Map.entry("succeed", "succeed"));

  /** The stem of a lower-case word. */
  public String stem(String word) {
    String irregular = IRREGULAR.get(word);
    if (irregular != null) {
      return irregular;
    }
    if (word.length() <= 2) {
      return word;
    }
    String w = step1a(word);
    w = step1b(w);
    w = step1c(w);
    w = step2(w);
    w = step3(w);
    w = step4(w);
    w = step5a(w);
    return step5b(w);
  }

  private static boolean consonant(CharSequence w, int i) {
    char c = w.charAt(i);
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
      return false;
    }
    if (c == 'y') {
      return i == 0 || !consonant(w, i - 1);
    }
    return true;
  }

  /** Porter's m: the number of vowel-consonant transitions in {@code w[0, length)}. */
  private static int measure(CharSequence w, int length) {
    int m = 0;
    boolean previousVowel = false;
    for (int i = 0; i < length; i++) {
      boolean isConsonant = consonant(w, i);
      if (isConsonant && previousVowel) {
        m++;
      }
      previousVowel = !isConsonant;
    }
    return m;
  }

  private static int measure(String stem) {
    return measure(stem, stem.length());
  }

  private static boolean containsVowel(String stem) {
    for (int i = 0; i < stem.length(); i++) {
      if (!consonant(stem, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsDoubleConsonant(String w) {
    int n = w.length();
    return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && consonant(w, n - 1);
  }

  /** Porter's *o condition, with the NLTK addition for two-letter vowel-consonant stems. */
  private static boolean endsCvc(String w) {
    int n = w.length();
    if (n >= 3 && consonant(w, n - 3) && !consonant(w, n - 2) && consonant(w, n - 1)) {
      char last = w.charAt(n - 1);
      if (last != 'w' && last != 'x' && last != 'y') {
        return true;
      }
    }
    return n == 2 && !consonant(w, 0) && consonant(w, 1);
  }

  private interface Condition {
    boolean test(String stem);
  }

  private record Rule(String suffix, String replacement, Condition condition) {}

  private static final Condition POSITIVE = s -> measure(s) > 0;
  private static final Condition ABOVE_ONE = s -> measure(s) > 1;

  /** The first rule whose suffix matches decides; a failed condition stops the list. */
  private static String applyFirst(String word, Rule... rules) {
    for (Rule rule : rules) {
      if (word.endsWith(rule.suffix)) {
        String stem = word.substring(0, word.length() - rule.suffix.length());
        return rule.condition == null || rule.condition.test(stem) ? stem + rule.replacement : word;
      }
    }
    return word;
  }

  private static String step1a(String w) {
    if (w.endsWith("ies") && w.length() == 4) {
      return w.substring(0, 1) + "ie";
    }
    return applyFirst(w, new Rule("sses", "ss", null), new Rule("ies", "i", null),
        new Rule("ss", "ss", null), new Rule("s", "", null));
  }

  private static String step1b(String w) {
    if (w.endsWith("ied")) {
      return w.substring(0, w.length() - 3) + (w.length() == 4 ? "ie" : "i");
    }
    if (w.endsWith("eed")) {
      String stem = w.substring(0, w.length() - 3);
      return measure(stem) > 0 ? stem + "ee" : w;
    }
    String stem = null;
    if (w.endsWith("ed") && containsVowel(w.substring(0, w.length() - 2))) {
      stem = w.substring(0, w.length() - 2);
    } else if (w.endsWith("ing") && containsVowel(w.substring(0, w.length() - 3))) {
      stem = w.substring(0, w.length() - 3);
    }
    if (stem == null) {
      return w;
    }
    if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
      return stem + "e";
    }
    if (endsDoubleConsonant(stem)) {
      char last = stem.charAt(stem.length() - 1);
      return last == 'l' || last == 's' || last == 'z' ? stem : stem.substring(0, stem.length() - 1);
    }
    return measure(stem) == 1 && endsCvc(stem) ? stem + "e" : stem;
  }

  private static String step1c(String w) {
    return applyFirst(w, new Rule("y", "i", s -> s.length() > 1 && consonant(s, s.length() - 1)));
  }

  private static String step2(String w) {
    if (w.endsWith("alli") && measure(w, w.length() - 4) > 0) {
      return step2(w.substring(0, w.length() - 4) + "al");
    }
    String word = w;
    return applyFirst(w, new Rule("ational", "ate", POSITIVE), new Rule("tional", "tion", POSITIVE),
        new Rule("enci", "ence", POSITIVE), new Rule("anci", "ance", POSITIVE),
        new Rule("izer", "ize", POSITIVE), new Rule("bli", "ble", POSITIVE),
        new Rule("alli", "al", POSITIVE), new Rule("entli", "ent", POSITIVE),
        new Rule("eli", "e", POSITIVE), new Rule("ousli", "ous", POSITIVE),
        new Rule("ization", "ize", POSITIVE), new Rule("ation", "ate", POSITIVE),
        new Rule("ator", "ate", POSITIVE), new Rule("alism", "al", POSITIVE),
        new Rule("iveness", "ive", POSITIVE), new Rule("fulness", "ful", POSITIVE),
        new Rule("ousness", "ous", POSITIVE), new Rule("aliti", "al", POSITIVE),
        new Rule("iviti", "ive", POSITIVE), new Rule("biliti", "ble", POSITIVE),
        new Rule("fulli", "ful", POSITIVE),
        // the 'l' of -logi stays with the stem, so short stems like geo- behave like philo-
        new Rule("logi", "log", s -> measure(word, word.length() - 3) > 0));
  }

  private static String step3(String w) {
    return applyFirst(w, new Rule("icate", "ic", POSITIVE), new Rule("ative", "", POSITIVE),
        new Rule("alize", "al", POSITIVE), new Rule("iciti", "ic", POSITIVE),
        new Rule("ical", "ic", POSITIVE), new Rule("ful", "", POSITIVE),
        new Rule("ness", "", POSITIVE));
  }

  private static String step4(String w) {
    return applyFirst(w, new Rule("al", "", ABOVE_ONE), new Rule("ance", "", ABOVE_ONE),
        new Rule("ence", "", ABOVE_ONE), new Rule("er", "", ABOVE_ONE),
        new Rule("ic", "", ABOVE_ONE), new Rule("able", "", ABOVE_ONE),
        new Rule("ible", "", ABOVE_ONE), new Rule("ant", "", ABOVE_ONE),
        new Rule("ement", "", ABOVE_ONE), new Rule("ment", "", ABOVE_ONE),
        new Rule("ent", "", ABOVE_ONE),
        new Rule("ion", "", s -> measure(s) > 1 && !s.isEmpty()
            && (s.charAt(s.length() - 1) == 's' || s.charAt(s.length() - 1) == 't')),
        new Rule("ou", "", ABOVE_ONE), new Rule("ism", "", ABOVE_ONE),
        new Rule("ate", "", ABOVE_ONE), new Rule("iti", "", ABOVE_ONE),
        new Rule("ous", "", ABOVE_ONE), new Rule("ive", "", ABOVE_ONE),
        new Rule("ize", "", ABOVE_ONE));
  }

  private static String step5a(String w) {
    if (w.endsWith("e")) {
      String stem = w.substring(0, w.length() - 1);
      int m = measure(stem);
      if (m > 1 || (m == 1 && !endsCvc(stem))) {
        return stem;
      }
    }
    return w;
  }

  private static String step5b(String w) {
    if (w.endsWith("ll") && measure(w, w.length() - 1) > 1) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
