package dev.precis.core.quotes.model;

import dev.precis.core.Span;
import dev.precis.core.quotes.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a trained filter sees of a quote the rules found: its kind and length, its cue and
 * speaker mention, how it sits in its sentence. Cheap string features, no tagging.
 */
public final class QuoteFeatures {
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "who");

  private QuoteFeatures() {}

  public static String[] of(String text, Quote q) {
    List<String> f = new ArrayList<>(24);
    String kind = q.kind().label();
    String inside = q.span().slice(text).strip();
    int words = inside.isEmpty() ? 0 : inside.split("\\s+").length;
    String length = bucket(words);
    f.add("kind=" + kind);
    f.add("len=" + length);
    f.add("kind+len=" + kind + "|" + length);
    f.add("contentWider=" + !q.content().equals(q.span()));
    f.add("parts=" + Math.min(3, q.parts().size()));
    f.add("unclosed=" + q.unclosed());
    String cue = q.cue() == null ? "<none>" : q.cue().slice(text).toLowerCase(Locale.ROOT);
    f.add("cue=" + cue);
    f.add("kind+cue=" + kind + "|" + cue);
    f.add("cueSide=" + side(q.cue(), q.span()));
    f.add("kind+cueSide=" + kind + "|" + side(q.cue(), q.span()));
    String mention = q.speakerMention() == null ? null
        : q.speakerMention().slice(text).strip();
    f.add("speaker=" + mentionKind(mention));
    f.add("kind+speaker=" + kind + "|" + mentionKind(mention));
    f.add("mentionSide=" + side(q.speakerMention(), q.span()));
    f.add("titleCase=" + titleCase(inside));
    f.add("startsUpper=" + (!inside.isEmpty() && Character.isUpperCase(inside.charAt(0))));
    char last = inside.isEmpty() ? ' ' : inside.charAt(inside.length() - 1);
    f.add("endsWith=" + (".,?!:;".indexOf(last) >= 0 ? last : Character.isLetter(last) ? 'a' : '#'));
    f.add("lead=" + lead(text, q.span().start()));
    f.add("kind+lead=" + kind + "|" + lead(text, q.span().start()));
    f.add("trail=" + trail(text, q.span().end()));
    return f.toArray(String[]::new);
  }

  private static String bucket(int words) {
    if (words <= 3) {
      return Integer.toString(words);
    }
    return words <= 5 ? "4-5" : words <= 8 ? "6-8" : words <= 15 ? "9-15" : words <= 30 ? "16-30" : "31+";
  }

  private static String side(Span cue, Span quote) {
    if (cue == null) {
      return "none";
    }
    return cue.end() <= quote.start() ? "before" : cue.start() >= quote.end() ? "after" : "inside";
  }

  private static String mentionKind(String mention) {
    if (mention == null) {
      return "none";
    }
    String lower = mention.toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(lower)) {
      return "pron:" + lower;
    }
    int capitals = 0;
    String[] words = mention.split("\\s+");
    for (String w : words) {
      capitals += !w.isEmpty() && Character.isUpperCase(w.charAt(0)) ? 1 : 0;
    }
    if (capitals == 0) {
      return "common";
    }
    return capitals == words.length ? "name" + Math.min(3, words.length) : "mixed";
  }

  private static boolean titleCase(String inside) {
    for (String w : inside.split("\\s+")) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** What precedes the quote's opening in its line: nothing, a colon, a comma, a word. */
  private static String lead(String text, int start) {
    int k = start - 1;
    while (k >= 0 && !Character.isLetterOrDigit(text.charAt(k)) && ":,\n".indexOf(text.charAt(k)) < 0) {
      k--;
    }
    if (k < 0 || text.charAt(k) == '\n') {
      return "line";
    }
    return text.charAt(k) == ':' ? "colon" : text.charAt(k) == ',' ? "comma" : "word";
  }

  private static String trail(String text, int end) {
    int k = end;
    while (k < text.length() && !Character.isLetterOrDigit(text.charAt(k))
        && ",.\n".indexOf(text.charAt(k)) < 0) {
      k++;
    }
    if (k >= text.length() || text.charAt(k) == '\n') {
      return "line";
    }
    return text.charAt(k) == ',' ? "comma" : text.charAt(k) == '.' ? "period" : "word";
  }
}
