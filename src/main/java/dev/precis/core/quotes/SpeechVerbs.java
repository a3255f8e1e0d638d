package dev.precis.core.quotes;

import dev.precis.core.Lexicon;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The speech-verb lexicon ({@code models/speech-verbs-en.txt}): lemmas with their class, and
 * every inflected form, so that a sentence can be skipped cheaply when no word in it could be
 * a cue. Which lemma a word has in context is the lemmatizer model's call.
 */
public final class SpeechVerbs {
  /** The class of a cue verb. */
  public enum Use { SPEECH, DIRECT, LABEL }

  private final Map<String, Use> lemmas = new HashMap<>();
  private final Map<String, String> forms = new HashMap<>();

  public SpeechVerbs(Lexicon lexicon) {
    for (String word : lexicon.words()) {
      String tag = lexicon.tag(word);
      if (tag.startsWith("=")) {
        forms.put(word, tag.substring(1));
      } else {
        lemmas.put(word, Use.valueOf(tag.toUpperCase(Locale.ROOT)));
        for (String form : inflections(word)) {
          forms.putIfAbsent(form, word);
        }
      }
    }
  }

  /** Whether {@code lowerCaseWord} is a form of some cue verb. */
  public boolean isForm(String lowerCaseWord) {
    return forms.containsKey(lowerCaseWord);
  }

  /** The lemma the lexicon gives an inflected form, or null. */
  public String lemmaOfForm(String lowerCaseWord) {
    return forms.get(lowerCaseWord);
  }

  /** The class of {@code lemma}, or null when it is no cue verb. */
  public Use use(String lemma) {
    return lemmas.get(lemma);
  }

  /** The regular English inflections of a verb lemma (and the lemma itself). */
  static String[] inflections(String lemma) {
    int n = lemma.length();
    char last = lemma.charAt(n - 1);
    String stem = lemma;
    if (last == 'e') {
      stem = lemma.substring(0, n - 1);
      return new String[] {lemma, lemma + "s", lemma + "d", stem + "ing"};
    }
    if (last == 'y' && n > 1 && "aeiou".indexOf(lemma.charAt(n - 2)) < 0) {
      stem = lemma.substring(0, n - 1);
      return new String[] {lemma, stem + "ies", stem + "ied", lemma + "ing"};
    }
    String es = lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch")
        || lemma.endsWith("x") || lemma.endsWith("z") ? "es" : "s";
    String doubled = lemma + last;
    return new String[] {lemma, lemma + es, lemma + "ed", lemma + "ing", doubled + "ed",
        doubled + "ing"};
  }
}
