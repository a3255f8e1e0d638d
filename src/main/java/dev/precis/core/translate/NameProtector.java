package dev.precis.core.translate;

import dev.precis.core.translate.Translator.WordClass;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what a rule-based engine must not translate, and puts it back afterwards: URLs,
 * e-mail addresses, handles and hashtags; the names a caller knows (speakers); and names the
 * engine would read as words ("Trump" → "Triunfo", "Boots" → "Botas", "AM" → "SOY").
 *
 * <p>A name is replaced by a surname the engine knows as a proper noun and copies unchanged
 * (from {@code models/placeholder-surnames-en.txt}, only those absent from the document), so
 * the engine still builds the sentence around a name ("Trump's plan" → "el plan de Hudson" →
 * "el plan de Trump"); when those run out, and for URLs and the like, by a made-up word the
 * engine does not know and passes through.
 *
 * <p>A capitalised word is taken for such a name when the engine's analyser knows it only as
 * a common word and the text uses it as a name: in a run of capitalised words with a title
 * (Mr, President), a given name ("Donald Trump") or a word the engine does not know ("Holly
 * Willoughby", "Selly Oak"); and an unknown word in the genitive ("Sainsbury's"), which
 * Apertium otherwise reads as "Sainsbury has". Then every capitalised
 * use in the document is masked, a sentence-initial one too unless the document also uses
 * the word in lower case. All-capital words read as common words ("AM") are masked as well.
 * Proper nouns the engine knows are left to it: it translates them on purpose (London →
 * Londres), and a known proper noun before a common noun is usually an institution the
 * engine translates well ("Welsh Parliament" → "Parlamento galés").
 */
final class NameProtector {
  private static final String LETTERS = "bcdfghjklmnpqrstvwxz";
  private static final Pattern MADE_UP = Pattern.compile("(?i)zxq[" + LETTERS + "]+");
  private static final Pattern VERBATIM = Pattern.compile(
      "(?:https?://|www\\.)[^\\s\"'<>]*[^\\s\"'<>.,;:!?)\\]]"
          + "|(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}"
          + "|(?<![\\p{L}\\p{N}])[@#][\\p{L}\\p{N}_]+"
          + "|(?<![\\p{L}\\p{N}])\\p{Lu}{1,3}\\$");
  /** A middle initial ("Dionisio A. Lind"), which the engine reads as a word ("Un."). */
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}(?=\\. \\p{Lu})(?<=\\p{Lu}\\p{Ll}{1,30} \\p{Lu})");
  private static final Pattern LIST_JOINER = Pattern.compile(", | and | or | & ");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** Words that introduce a name and are translated themselves. Written for precis. */
  private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof",
      "Professor", "Sir", "Dame", "Lord", "Lady", "President", "Senator", "Sen", "Rep",
      "Representative", "Governor", "Gov", "Mayor", "Judge", "Justice", "Minister", "Secretary",
      "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "Father", "Rev", "Reverend",
      "Bishop", "General", "Gen", "Colonel", "Col", "Captain", "Capt", "Lieutenant", "Lt",
      "Sergeant", "Sgt", "Officer", "Detective", "Agent", "Chief", "Coach", "Speaker",
      "Ambassador", "Commissioner", "Inspector", "Constable", "Councillor", "Saint", "St");

  private static final Pattern NO_MATCH = Pattern.compile("(?!)");

  private final List<String> surnameCandidates;
  private Pattern surnamePattern;
  /** Unused placeholder surnames by how they start (see {@link #initialClass}). */
  private final Map<Character, Deque<String>> surnames = new HashMap<>();
  private final Map<String, String> originals = new HashMap<>();
  private final Map<String, String> placeholders = new HashMap<>();
  private int madeUp;

  /** A protector drawing name placeholders from {@code surnameCandidates}, in order. */
  NameProtector(List<String> surnameCandidates) {
    this.surnameCandidates = List.copyOf(surnameCandidates);
  }

  /** The masked segments; {@link #restore} undoes the masking in their translations. */
  List<String> protect(List<String> segments, Set<String> knownNames,
      Function<Set<String>, Map<String, WordClass>> classifier) {
    List<String> masked = new ArrayList<>(segments.size());
    for (String s : segments) {
      String m = mayHoldVerbatim(s) ? mask(VERBATIM, s, false) : s;
      masked.add(s.indexOf(". ") >= 0 ? mask(INITIAL, m, false) : m);
    }
    Set<String> candidates = capitalisedWords(masked);
    Set<String> asked = new LinkedHashSet<>(candidates);
    asked.addAll(surnameCandidates);
    Map<String, WordClass> classes = classifier.apply(asked);
    fillSurnames(segments, classes);
    Pattern known = alternation(knownNames);
    if (known != null) {
      masked.replaceAll(s -> mask(known, s, true));
    }
    Set<String> risky = riskyWords(masked, classes);
    if (risky.isEmpty()) {
      return masked;
    }
    Set<String> lowerWords = lowerCaseUses(masked, risky);
    List<String> result = new ArrayList<>(masked.size());
    for (String s : masked) {
      result.add(maskNames(s, risky, lowerWords, classes));
    }
    return result;
  }

  /**
   * Replaces each name holding a risky word by one placeholder: the risky word with the
   * given names and unknown words next to it ("Holly Willoughby" as a whole), so the engine
   * sees one proper noun rather than a given name it may read as a common word.
   */
  private String maskNames(String s, Set<String> risky, Set<String> lowerWords,
      Map<String, WordClass> classes) {
    List<MatchResult> words = new ArrayList<>();
    for (MatchResult w : capitalised(s)) {
      if (!isPlaceholder(w.group())) {
        words.add(w);
      }
    }
    StringBuilder out = new StringBuilder(s.length());
    int copied = 0;
    for (int i = 0; i < words.size(); i++) {
      MatchResult w = words.get(i);
      if (!isRisky(s, w, risky, lowerWords)) {
        continue;
      }
      int first = i;
      while (first > 0 && adjacent(s, words.get(first - 1), words.get(first))
          && partOfName(words.get(first - 1).group(), classes)) {
        first--;
      }
      int last = i;
      while (last + 1 < words.size() && adjacent(s, words.get(last), words.get(last + 1))
          && (isRisky(s, words.get(last + 1), risky, lowerWords)
              || partOfName(words.get(last + 1).group(), classes))) {
        last++;
      }
      int start = Math.max(words.get(first).start(), copied);
      out.append(s, copied, start);
      out.append(placeholder(s.substring(start, words.get(last).end()), true));
      copied = words.get(last).end();
      i = last;
    }
    return out.append(s.substring(copied)).toString();
  }

  private static boolean isRisky(String s, MatchResult w, Set<String> risky, Set<String> lowerWords) {
    return risky.contains(w.group()) && !(isSentenceStart(s, w.start())
        && lowerWords.contains(w.group().toLowerCase(Locale.ROOT)));
  }

  private boolean isPlaceholder(String word) {
    return isMadeUp(word) || originals.containsKey(word);
  }

  private static boolean adjacent(String s, MatchResult a, MatchResult b) {
    return s.substring(a.end(), b.start()).equals(" ");
  }

  private static boolean partOfName(String word, Map<String, WordClass> classes) {
    return !TITLES.contains(word) && isName(word, classes);
  }

  /** Whether {@link #VERBATIM} can match at all: most segments have no URL, @ or #. */
  private static boolean mayHoldVerbatim(String s) {
    return s.indexOf("//") >= 0 || s.indexOf("www.") >= 0 || s.indexOf('@') >= 0
        || s.indexOf('#') >= 0 || s.indexOf('$') >= 0;
  }

  /** Puts the masked text back into a translation. */
  String restore(String translation) {
    if (originals.isEmpty()) {
      return translation;
    }
    String t = translation;
    Pattern surname = surnamePattern();
    if (surname != null) {
      t = replace(surname, t, m -> originals.getOrDefault(m.group(), m.group()));
    }
    return t.indexOf('Z') < 0 && t.indexOf('z') < 0 ? t
        : replace(MADE_UP, t, m -> restoreMadeUp(m.group()));
  }

  /**
   * The placeholder surnames in use, as one pattern; built once, after masking (translations
   * may be restored from several threads).
   */
  private synchronized Pattern surnamePattern() {
    if (surnamePattern == null) {
      Set<String> used = new HashSet<>(placeholders.values());
      used.removeIf(p -> isMadeUp(p));
      Pattern p = alternation(used);
      // Catalan output glues "has" to a name it took "'s" for ("Clarkha"); keep the match
      surnamePattern = p == null ? NO_MATCH : Pattern.compile(p.pattern().replace(
          "(?![\\p{L}\\p{N}])", "(?=(?:ha)?(?![\\p{L}\\p{N}]))"));
    }
    return surnamePattern == NO_MATCH ? null : surnamePattern;
  }

  /** The masked strings, for reports and tests. */
  Set<String> masked() {
    return Set.copyOf(originals.values());
  }

  /** Apertium may glue a suffix to an unknown word ("Zxqbha" from "Zxqb's"): longest known prefix. */
  private String restoreMadeUp(String found) {
    for (int end = found.length(); end > 3; end--) {
      String original = originals.get(found.substring(0, end).toLowerCase(Locale.ROOT));
      if (original != null) {
        return original + found.substring(end);
      }
    }
    return found;
  }

  private void fillSurnames(List<String> segments, Map<String, WordClass> classes) {
    Set<String> used = wordsAmong(segments, new HashSet<>(surnameCandidates));
    for (String name : surnameCandidates) {
      WordClass c = classes.get(name);
      if ((c == WordClass.PROPER || c == WordClass.GIVEN_NAME) && !used.contains(name)) {
        surnames.computeIfAbsent(initialClass(name), k -> new ArrayDeque<>()).add(name);
      }
    }
  }

  private Set<String> riskyWords(List<String> segments, Map<String, WordClass> classes) {
    Set<String> risky = new HashSet<>();
    if (classes.isEmpty()) {
      return risky; // no analyser: only what the caller named is masked
    }
    for (String s : segments) {
      List<MatchResult> words = capitalised(s);
      boolean titleCase = mayBeTitleCase(words, classes) && isTitleCase(s, classes);
      List<MatchResult> run = new ArrayList<>();
      for (MatchResult m : words) {
        String word = m.group();
        if (isPlaceholder(word)) {
          maskRun(run, classes, risky);
          run.clear();
          continue;
        }
        WordClass c = classes.getOrDefault(word, WordClass.UNKNOWN);
        if (c == WordClass.UNKNOWN && !isAllCaps(word) && isGenitive(s, m.end())) {
          risky.add(word); // Apertium reads "Sainsbury's" as "Sainsbury has"; as a name it works
        } else if (isAllCaps(word) && (c == WordClass.COMMON || c == WordClass.OTHER)
            && !isSentenceStart(s, m.start())) {
          risky.add(word);
        }
        MatchResult last = run.isEmpty() ? null : run.get(run.size() - 1);
        if (last != null && !joinedInName(s, last.group(), last.end(), m.start())) {
          if (!titleCase) {
            maskRun(run, classes, risky);
          }
          run.clear();
        }
        run.add(m);
      }
      if (!titleCase) {
        maskRun(run, classes, risky);
        maskCoordinated(s, words, classes, risky);
      }
    }
    return risky;
  }

  /** A cheap first test for {@link #isTitleCase}: three different capitalised common words. */
  private static boolean mayBeTitleCase(List<MatchResult> words, Map<String, WordClass> classes) {
    Set<String> common = new HashSet<>();
    for (MatchResult w : words) {
      WordClass c = classes.getOrDefault(w.group(), WordClass.UNKNOWN);
      if (w.start() > 0 && (c == WordClass.COMMON || c == WordClass.OTHER)) {
        common.add(w.group());
      }
    }
    return common.size() >= 3;
  }

  /**
   * A headline in title case ("Churches in Harlem Struggle to Keep Their Bells"), where
   * capitals say nothing about names: most words of four letters or more are capitalised,
   * and at least three different ones, away from the start, are common words to the engine.
   */
  static boolean isTitleCase(String s, Map<String, WordClass> classes) {
    int words = 0;
    int capitalised = 0;
    Set<String> commonCapitalised = new HashSet<>();
    Matcher m = WORD.matcher(s);
    String previous = null;
    int previousEnd = 0;
    while (m.find()) {
      String w = m.group();
      boolean upper = Character.isUpperCase(w.charAt(0));
      if (w.length() >= 4) {
        words++;
        capitalised += upper ? 1 : 0;
      }
      WordClass c = classes.getOrDefault(w, WordClass.UNKNOWN);
      // A common word after a title or a given name is a surname ("John Smith", "Mr. Baker"),
      // not a headline's capital: else "Donald Trump met John Smith" reads as a headline.
      boolean surname = previous != null && followsName(s, previous, previousEnd, m.start(), classes);
      if (upper && m.start() > 0 && !surname && (c == WordClass.COMMON || c == WordClass.OTHER)) {
        commonCapitalised.add(w);
      }
      previous = w;
      previousEnd = m.end();
    }
    return words >= 3 && capitalised >= 0.6 * words && commonCapitalised.size() >= 3;
  }

  private static boolean followsName(String s, String previous, int previousEnd, int start,
      Map<String, WordClass> classes) {
    return (TITLES.contains(previous) || classes.get(previous) == WordClass.GIVEN_NAME)
        && joinedInName(s, previous, previousEnd, start);
  }

  /** Words of one name: one space apart, or a title's full stop and a space ("Mr. Baker"). */
  private static boolean joinedInName(String s, String previous, int previousEnd, int start) {
    String between = s.substring(previousEnd, start);
    return between.equals(" ") || (between.equals(". ") && TITLES.contains(previous));
  }

  /**
   * A common word listed with names is a name too ("Boots, Superdrug and Debenhams" → Boots
   * is a shop): a capitalised common word joined by a comma, "and", "or" or "&" to a word the
   * engine does not know or knows as a given name, away from a sentence start.
   */
  private static void maskCoordinated(String s, List<MatchResult> words,
      Map<String, WordClass> classes, Set<String> risky) {
    for (int i = 0; i < words.size(); i++) {
      MatchResult w = words.get(i);
      if (!maskable(classes.getOrDefault(w.group(), WordClass.UNKNOWN))
          || TITLES.contains(w.group()) || isSentenceStart(s, w.start())) {
        continue;
      }
      boolean withNext = i + 1 < words.size() && isName(words.get(i + 1).group(), classes)
          && LIST_JOINER.matcher(s.substring(w.end(), words.get(i + 1).start())).matches();
      boolean withPrevious = i > 0 && isName(words.get(i - 1).group(), classes)
          && LIST_JOINER.matcher(s.substring(words.get(i - 1).end(), w.start())).matches();
      if (withNext || withPrevious) {
        risky.add(w.group());
      }
    }
  }

  /**
   * In a run of capitalised words, a common word right after a title, a given name or a
   * word the engine does not know ("Mr Trump", "Donald Trump", "Selly Oak") is part of a
   * name and masked. (A common word before an unknown one is not: "North Macedonia",
   * "Lifeguard Capt." are translated better.)
   */
  private static void maskRun(List<MatchResult> run, Map<String, WordClass> classes,
      Set<String> risky) {
    for (int i = 0; i < run.size(); i++) {
      String w = run.get(i).group();
      WordClass c = classes.getOrDefault(w, WordClass.UNKNOWN);
      if ((c == WordClass.PROPER || c == WordClass.GIVEN_NAME) && i + 1 < run.size()
          && !TITLES.contains(w)) {
        String next = run.get(i + 1).group();
        if (classes.getOrDefault(next, WordClass.UNKNOWN) == WordClass.UNKNOWN && isName(next, classes)) {
          // a name the engine knows before a surname it does not is a person's name: the
          // engine would read "Chad Hammel" as the country ("Txad Hammel")
          risky.add(w);
        }
      }
      if (!maskable(c) || TITLES.contains(w)) {
        continue;
      }
      String before = i > 0 ? run.get(i - 1).group() : null;
      if (before != null && (TITLES.contains(before) || isName(before, classes))) {
        risky.add(w);
      }
    }
  }

  /** A word the engine may translate as a common word, when it is part of a name. */
  private static boolean maskable(WordClass c) {
    return c == WordClass.COMMON || c == WordClass.NAME_OR_WORD;
  }

  /**
   * A given name or a title-case word the engine does not know (not an acronym like AMs).
   * A proper noun that is also a word ("Welsh") says nothing: "Welsh Parliament" is no name.
   */
  private static boolean isName(String word, Map<String, WordClass> classes) {
    WordClass c = classes.getOrDefault(word, WordClass.UNKNOWN);
    if (c == WordClass.GIVEN_NAME) {
      return true;
    }
    return c == WordClass.UNKNOWN && !isMadeUp(word)
        && word.substring(1).chars().noneMatch(Character::isUpperCase);
  }

  private static boolean isGenitive(String s, int end) {
    return end + 1 < s.length() && (s.charAt(end) == '\'' || s.charAt(end) == '’')
        && s.charAt(end + 1) == 's' && (end + 2 == s.length() || !Character.isLetter(s.charAt(end + 2)));
  }

  private static boolean isAllCaps(String word) {
    return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
  }

  /**
   * The capitalised words of {@code s}: an upper-case letter that no letter, digit or
   * apostrophe precedes, and the letters after it (as the regex
   * {@code (?<![\p{L}\p{N}'’])\p{Lu}\p{L}*} finds them; scanned by hand, since that regex
   * was a third of the masking time on long texts).
   */
  static List<MatchResult> capitalised(String s) {
    List<MatchResult> words = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (Character.getType(cp) == Character.UPPERCASE_LETTER
          && (i == 0 || !joinsWord(s.charAt(i - 1)))) {
        int end = i + Character.charCount(cp);
        while (end < s.length() && Character.isLetter(s.codePointAt(end))) {
          end += Character.charCount(s.codePointAt(end));
        }
        words.add(new Word(s.substring(i, end), i, end));
        i = end;
      } else {
        i += Character.charCount(cp);
      }
    }
    return words;
  }

  /**
   * Whether {@code c} before a capital makes it part of a longer word. One UTF-16 unit, as
   * the regex's look-behind reads it.
   */
  private static boolean joinsWord(char c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
        || c == '\'' || c == '’';
  }

  /** Whether {@code w} is a made-up placeholder ({@link #MADE_UP}, checked without a regex). */
  private static boolean isMadeUp(String w) {
    if (w.length() < 4) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (i < 3 ? lower != "zxq".charAt(i) : LETTERS.indexOf(lower) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A capitalised word found by {@link #capitalised}, as a regex match would give it. */
  private record Word(String group, int start, int end) implements MatchResult {
    @Override
    public int start(int group) {
      return checkGroup(group) == 0 ? start : -1;
    }

    @Override
    public int end(int group) {
      return checkGroup(group) == 0 ? end : -1;
    }

    @Override
    public String group(int group) {
      return checkGroup(group) == 0 ? this.group : null;
    }

    @Override
    public int groupCount() {
      return 0;
    }

    private static int checkGroup(int group) {
      if (group != 0) {
        throw new IndexOutOfBoundsException("no group " + group);
      }
      return group;
    }
  }

  private static Set<String> capitalisedWords(List<String> segments) {
    Set<String> words = new LinkedHashSet<>();
    for (String s : segments) {
      for (MatchResult w : capitalised(s)) {
        if (!isMadeUp(w.group())) {
          words.add(w.group());
        }
      }
    }
    return words;
  }

  /** The risky words the segments also use in lower case ("trump" for "Trump"). */
  private static Set<String> lowerCaseUses(List<String> segments, Set<String> risky) {
    Set<String> lower = new HashSet<>();
    for (String word : risky) {
      lower.add(word.toLowerCase(Locale.ROOT));
    }
    return wordsAmong(segments, lower);
  }

  /**
   * The words ({@code \p{L}+} runs) of {@code segments} that are in {@code wanted}: a plain
   * scan that looks up only runs of a wanted length, since a regex and a set of every word
   * took most of the masking time on long texts.
   */
  private static Set<String> wordsAmong(List<String> segments, Set<String> wanted) {
    Set<String> found = new HashSet<>();
    int shortest = wanted.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
    int longest = wanted.stream().mapToInt(String::length).max().orElse(0);
    for (String s : segments) {
      int start = -1;
      for (int i = 0; i <= s.length(); ) {
        int cp = i < s.length() ? s.codePointAt(i) : ' ';
        if (Character.isLetter(cp)) {
          start = start < 0 ? i : start;
        } else if (start >= 0) {
          if (i - start >= shortest && i - start <= longest) {
            String word = s.substring(start, i);
            if (wanted.contains(word)) {
              found.add(word);
            }
          }
          start = -1;
        }
        i += i < s.length() ? Character.charCount(cp) : 1;
      }
    }
    return found;
  }

  /** Whether {@code at} starts a sentence: only quotes or brackets after a stop or the start. */
  static boolean isSentenceStart(String s, int at) {
    int i = at - 1;
    while (i >= 0 && "\"'“‘«([ ".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i < 0 || ".!?:;…".indexOf(s.charAt(i)) >= 0 && i < at - 1;
  }

  /** Whole-word alternation of {@code strings}, longest first; null when there are none. */
  private static Pattern alternation(Set<String> strings) {
    List<String> list = new ArrayList<>();
    for (String s : strings) {
      if (!s.isBlank()) {
        list.add(s.strip());
      }
    }
    if (list.isEmpty()) {
      return null;
    }
    list.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < list.size(); i++) {
      regex.append(i == 0 ? "" : "|").append(Pattern.quote(list.get(i)));
    }
    return Pattern.compile(regex.append(")(?![\\p{L}\\p{N}])").toString());
  }

  private String mask(Pattern pattern, String s, boolean name) {
    return replace(pattern, s, m -> placeholder(m.group(), name));
  }

  private static String replace(Pattern pattern, String s, Function<Matcher, String> with) {
    Matcher m = pattern.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String placeholder(String original, boolean name) {
    return placeholders.computeIfAbsent(original, o -> {
      Deque<String> pool = surnames.get(initialClass(o));
      String p = name && pool != null && !pool.isEmpty() ? pool.poll() : madeUpWord();
      originals.put(isMadeUp(p) ? p.toLowerCase(Locale.ROOT) : p, o);
      return p;
    });
  }

  /**
   * 'v' for a vowel, 'h', or 'c' for another consonant: a placeholder starts like the name
   * it stands for, so the engine's elisions and contractions (Catalan d'/de) fit the name.
   */
  static char initialClass(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        char base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD)
            .toLowerCase(Locale.ROOT).charAt(0);
        return "aeiou".indexOf(base) >= 0 ? 'v' : base == 'h' ? 'h' : 'c';
      }
    }
    return 'c';
  }

  private String madeUpWord() {
    int n = madeUp++;
    StringBuilder code = new StringBuilder("Zxq");
    do {
      code.append(LETTERS.charAt(n % LETTERS.length()));
      n /= LETTERS.length();
    } while (n > 0);
    return code.toString();
  }
}
