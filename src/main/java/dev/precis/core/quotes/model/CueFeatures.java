package dev.precis.core.quotes.model;

import dev.precis.core.quotes.TaggedSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The context a trained cue model sees at one token: the word, its lemma and tag, its
 * neighbours, "that" or a quotation after it, and whether the rules' lexicon calls it a cue.
 */
public final class CueFeatures {
  private CueFeatures() {}

  public static String[] of(TaggedSentence s, int i, String lemma, boolean rulesSayCue) {
    List<String> f = new ArrayList<>(24);
    String tag = s.tags()[i];
    f.add("w=" + s.lower(i));
    f.add("l=" + lemma);
    f.add("t=" + tag);
    f.add("rule=" + rulesSayCue);
    f.add("l+rule=" + lemma + "|" + rulesSayCue);
    f.add("p1w=" + s.lower(i - 1));
    f.add("p1t=" + tagAt(s, i - 1));
    f.add("p2t=" + tagAt(s, i - 2));
    f.add("n1w=" + s.lower(i + 1));
    f.add("n1t=" + tagAt(s, i + 1));
    f.add("n2w=" + s.lower(i + 2));
    f.add("l+n1t=" + lemma + "|" + tagAt(s, i + 1));
    f.add("l+p1t=" + lemma + "|" + tagAt(s, i - 1));
    f.add("t+p1t=" + tag + "|" + tagAt(s, i - 1));
    f.add("that=" + within(s, i + 1, i + 4, "that"));
    f.add("quoteAfter=" + quoteWithin(s, i + 1, i + 5));
    f.add("quoteInSentence=" + quoteWithin(s, 0, s.size()));
    f.add("commaBefore=" + s.lower(i - 1).equals(","));
    f.add("commaAfter=" + s.lower(i + 1).equals(","));
    f.add("first=" + (i == 0));
    f.add("nearEnd=" + (i >= s.size() - 3));
    f.add("l+commaAfter=" + lemma + "|" + s.lower(i + 1).equals(","));
    return f.toArray(String[]::new);
  }

  private static String tagAt(TaggedSentence s, int i) {
    return i < 0 ? "<s>" : i >= s.size() ? "</s>" : s.tags()[i];
  }

  private static boolean within(TaggedSentence s, int from, int to, String word) {
    for (int k = Math.max(0, from); k < Math.min(s.size(), to); k++) {
      if (s.lower(k).equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean quoteWithin(TaggedSentence s, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(s.size(), to); k++) {
      if (s.is(k, TaggedSentence.QUOTE)) {
        return true;
      }
    }
    return false;
  }
}
