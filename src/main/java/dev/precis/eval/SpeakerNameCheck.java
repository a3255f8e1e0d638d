package dev.precis.eval;

import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a canonical speaker name is broken the ways issue 11 lists: a weekday or month
 * inside it, a function word or punctuation as the name, page furniture, a fragment of a
 * longer proper name alone or glued to a name, a title or a dateline place glued to a name, a
 * name that starts with no letter. A role in lower case ("a federal judge", "police") is not
 * broken. The lists are short on purpose: they name what was seen, so a count stays readable.
 */
public final class SpeakerNameCheck {
  /** What is wrong with a name, in the order the checks run. */
  public enum Problem {
    NO_LETTER("starts with no letter"),
    FUNCTION_WORD("function word or punctuation"),
    WEEKDAY_MONTH("weekday or month"),
    FURNITURE("page furniture"),
    FRAGMENT("fragment of a longer name"),
    TITLE("title glued to a name"),
    PLACE("dateline or place glued to a name");

    private final String label;

    Problem(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "this", "that",
      "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
      "their", "of", "in", "on", "at", "by", "for", "to", "from", "with", "as", "and", "or",
      "but", "so", "if", "when", "while", "which", "who", "what", "there", "here", "one",
      "some", "all", "many", "most", "each", "other", "others", "such", "so-called");
  private static final Set<String> WEEKDAYS_MONTHS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "july",
      "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
      "sep.", "oct.", "nov.", "dec.");
  // April, May, June and August are left out: they are names too (Theresa May, June Carter).
  private static final Set<String> FURNITURE = Set.of("follow", "watch", "photo", "photos",
      "image", "images", "video", "click", "read", "share", "getty", "caption", "credit",
      "advertisement", "subscribe", "updated", "published", "copyright", "email", "e-mail");
  /** Furniture only when glued before a name: these may speak alone ("Twitter said"). */
  private static final Set<String> FURNITURE_GLUED = Set.of("instagram", "twitter",
      "facebook", "youtube", "snapchat", "cnn", "ap", "reuters", "afp", "pictured");
  /** The last word of an organisation's or title's name, never a name alone. */
  private static final Set<String> FRAGMENTS = Set.of("nations", "house", "states", "post",
      "times", "kingdom", "street", "journal", "department", "ministry", "office", "bureau",
      "republic", "union", "agency", "court", "council", "committee", "affairs", "service",
      "services", "state", "defense", "defence", "security", "staff", "commerce", "treasury",
      "interior", "general", "press", "news", "daily", "network");
  /** The end of a title left before a name ("Secretary of State John Kerry"). */
  private static final Set<String> GLUED = Set.of("state", "states", "nations", "house",
      "affairs", "defense", "defence", "security", "staff", "commerce", "treasury", "interior",
      "general", "kingdom");
  /** Words after {@link #GLUED} that make a whole organisation ("State Department"). */
  private static final Set<String> ORG_HEADS = Set.of("department", "university", "police",
      "senate", "legislature", "media", "council", "party", "motors", "electric", "mills",
      "dynamics", "assembly", "accounting", "republicans", "democrats", "committee", "office",
      "bureau", "court", "government", "park", "patrol", "ministry", "trooper", "troopers", "officials");
  /** Titles and honorifics that belong before a name, not in a canonical name. */
  private static final Set<String> TITLES = Set.of("president", "senator", "sen.", "sen",
      "secretary", "minister", "gov.", "governor", "rep.", "mr.", "mrs.", "ms.", "mr", "mrs",
      "ms", "dr.", "dr", "prof.", "professor", "judge", "mayor", "chancellor", "prime",
      "premier", "gen.", "lt.", "col.", "sgt.", "capt.", "officer", "detective", "chief",
      "coach", "spokesman", "spokeswoman", "spokesperson", "attorney", "sheriff", "deputy",
      "lawyer", "director", "ceo", "chairman", "chairwoman", "ambassador", "king", "queen",
      "prince", "princess", "pope", "sir", "lord", "rev.", "reverend", "father");
  private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii");
  /** State and province abbreviations of datelines ("Scottsdale, Ariz."). */
  private static final Set<String> PLACES = Set.of("ala.", "ariz.", "ariz", "ark.", "calif.",
      "calif", "colo.", "conn.", "del.", "fla.", "fla", "ga.", "ill.", "ind.", "kan.", "ky.",
      "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.",
      "n.h.", "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.",
      "s.d.", "tenn.", "tex.", "va.", "vt.", "wash.", "wis.", "wyo.", "n.s", "n.s.", "n.b.",
      "ont.", "que.", "b.c.", "alta.", "sask.", "man.", "nfld.", "p.e.i.", "d.c.", "maine",
      "u.k.");

  private SpeakerNameCheck() {}

  /** What is wrong with {@code name}, or null when nothing on the lists is. */
  public static Problem problem(String name) {
    String trimmed = name.strip();
    if (trimmed.isEmpty() || !Character.isLetter(trimmed.codePointAt(0))) {
      return trimmed.chars().anyMatch(Character::isLetter) ? Problem.NO_LETTER
          : Problem.FUNCTION_WORD;
    }
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (FUNCTION_WORDS.contains(lower)) {
      return Problem.FUNCTION_WORD;
    }
    String[] words = lower.split("\\s+");
    String[] written = trimmed.split("\\s+");
    for (String w : words) {
      if (WEEKDAYS_MONTHS.contains(w)) {
        return Problem.WEEKDAY_MONTH;
      }
    }
    for (int k = 0; k < words.length; k++) {
      boolean glued = words.length == 1 || k < words.length - 1; // not "Human Rights Watch"
      if (FURNITURE.contains(words[k]) && glued && Character.isUpperCase(written[k].charAt(0))
          || words.length > 1 && k < words.length - 1 && FURNITURE_GLUED.contains(words[k])
          && Character.isUpperCase(trimmed.codePointAt(0))) {
        return Problem.FURNITURE;
      }
    }
    boolean capitalised = Character.isUpperCase(trimmed.codePointAt(0));
    if (capitalised && (words.length == 1 && FRAGMENTS.contains(words[0])
        || words.length > 1 && GLUED.contains(words[0]) && !ORG_HEADS.contains(words[1])
        && !words[1].equals("of"))) {
      return Problem.FRAGMENT; // "Nations", "House", "State John Kerry"
    }
    if (capitalised && words.length > 1) {
      for (int k = 0; k < words.length - 1; k++) {
        if (TITLES.contains(words[k]) && Character.isUpperCase(written[k + 1].charAt(0))
            && !SUFFIXES.contains(words[k + 1])) {
          return Problem.TITLE; // "President Trump", "Sen. Warren"
        }
      }
      for (int k = 0; k < words.length; k++) {
        boolean dateline = written[k].length() >= 4 && written[k].chars()
            .allMatch(c -> Character.isUpperCase(c) || c == '-') && k < words.length - 1;
        if (PLACES.contains(words[k]) || dateline) {
          return Problem.PLACE; // "Scottsdale Ariz Phil Mickelson", "LONDON Smith"
        }
      }
    }
    return null;
  }
}
