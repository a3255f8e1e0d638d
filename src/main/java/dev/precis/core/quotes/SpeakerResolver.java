package dev.precis.core.quotes;

import dev.precis.core.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives each speaker mention of one article its canonical name: a surname or partial name
 * becomes the full name the article introduced, a pronoun the most recent compatible person,
 * a title the person the article gave that title (or the role itself when it named nobody).
 * Built in two steps: {@link #scan} reads every sentence's names in order, then
 * {@link #resolve} looks back from a mention's offset. One instance per document.
 */
final class SpeakerResolver {
  private static final Set<String> NOT_SUBJECT_AFTER = Set.of("of", "and", "in", "on", "at",
      "for", "to", "the", "a", "an", "with", "from", "by", "as", "or", "into", "over");
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "for", "in",
      "on", "at", "by", "with", "from", "after", "before", "during", "as", "but", "and", "if",
      "when", "while", "this", "that", "these", "those", "his", "her", "their", "its", "our",
      "my", "despite", "although", "though", "since", "until", "under", "over", "to", "of",
      "like", "unlike", "according", "among", "about", "last", "next", "every", "each", "some",
      "many", "most", "all", "both", "then", "now", "so", "yet", "or", "nor", "what", "who");
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their");

  /** A word of a sentence; {@code tag} is its universal POS tag, or null when not tagged. */
  record Word(Span span, String text, String tag) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    boolean capitalised() {
      return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
  }

  private enum Type { PERSON, ORG, OTHER }

  private record Mention(int offset, String canonical, Type type, boolean subject) {}

  private record Title(int offset, String title, String person) {}

  private final Titles titles;
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Title> titled = new ArrayList<>();
  private final List<Mention> speakers = new ArrayList<>();
  private final Map<String, Character> genders = new HashMap<>();

  SpeakerResolver(Titles titles) {
    this.titles = titles;
  }

  /** Reads the names of one sentence; sentences must come in text order. */
  void scan(List<Word> words) {
    int before = mentions.size();
    scanNames(words);
    learnGender(words, before);
  }

  /**
   * A sentence that names one person and refers to someone with he/his/him (or she/her) only
   * tells that person's gender: "Fowler noted that at one of his first meetings …".
   */
  private void learnGender(List<Word> words, int firstNew) {
    String person = null;
    for (int k = firstNew; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (m.type() == Type.PERSON) {
        if (person != null && !person.equals(m.canonical())) {
          return;
        }
        person = m.canonical();
      }
    }
    if (person == null) {
      return;
    }
    boolean male = false;
    boolean female = false;
    for (Word w : words) {
      String lower = w.lower();
      male |= MALE.contains(lower);
      female |= FEMALE.contains(lower);
    }
    if (male != female) {
      genders.putIfAbsent(person, male ? 'm' : 'f');
    }
  }

  private void scanNames(List<Word> words) {
    Titles.Entry pending = null;
    int i = 0;
    while (i < words.size()) {
      if (!proper(words, i)) {
        i++;
        continue;
      }
      int end = i;
      while (end < words.size() && proper(words, end)) {
        end++;
      }
      Titles.Entry before = i > 0 ? titles.word(words.get(i - 1).lower()) : null;
      if (before == null && pending != null && i >= 2 && words.get(i - 2).lower().equals("of")
          || before == null && pending != null && i >= 3 && words.get(i - 3).lower().equals("of")) {
        before = pending;
      }
      // A name opening the sentence is its subject even before a phrase ("X with Y turned").
      pending = addRun(words, i, end, before, i == 0 || subjectAfter(words, end));
      i = end;
    }
  }

  /**
   * Remembers a resolved speaker, which pronouns can then point back to: a person when the
   * mention was a name, a personal pronoun or a title, a group otherwise.
   */
  void spoke(int offset, String canonical, List<Word> mention) {
    if (canonical == null) {
      return;
    }
    boolean group = isGroup(mention);
    boolean person = !group && (isKnownPerson(canonical) || isPronoun(mention)
        || titled.stream().anyMatch(t -> t.person().equals(canonical)));
    speakers.add(new Mention(offset, canonical, person ? Type.PERSON
        : group ? Type.ORG : Type.OTHER, true));
  }

  /**
   * The canonical name for a mention made of {@code words} at {@code offset}, or null when
   * the mention cannot be resolved (a pronoun with no compatible person before it).
   */
  String resolve(List<Word> words, int offset) {
    if (words.isEmpty()) {
      return null;
    }
    if (words.size() == 1 && "PRON".equals(words.get(0).tag()) || isPronoun(words)) {
      return pronoun(words.get(0).lower(), offset);
    }
    int from = 0;
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k).lower();
      if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")) {
        from = k + 1; // the head of "the president’s website" is "website"
      }
    }
    List<Word> head = words.subList(from, words.size());
    List<String> lower = lowers(head);
    for (int k = 0; k < head.size(); k++) {
      Titles.Entry e = titles.match(lower, k);
      if (e != null && k + e.words() == head.size() && e.type() != Titles.Type.ORG) {
        // "the Head of State", "the president": the person given that title, or the role
        String person = e.type() == Titles.Type.TITLE ? titleHolder(e.title(), offset) : null;
        return person != null ? person : textOf(words);
      }
    }
    int start = -1;
    int end = -1;
    for (int k = 0; k < head.size(); k++) {
      if (proper(head, k)) {
        start = end == k ? start : k; // the last run of proper words names the speaker
        end = k + 1;
      }
    }
    if (start < 0 && head.size() == 1 && head.get(0).capitalised()
        && !FUNCTION_WORDS.contains(head.get(0).lower())) {
      start = 0; // a lone capitalised word the tagger did not take for a name ("Reyes added")
      end = 1;
    }
    if (start >= 0) {
      Name name = name(head, start, end);
      if (name.org || (name.words.isEmpty() && name.title == null)) {
        return text(head, start, end);
      }
      if (!name.words.isEmpty()) {
        return known(name.words, offset, text(name.words));
      }
      String person = titleHolder(name.title.title(), offset);
      return person != null ? person : textOf(words);
    }
    for (int k = 0; k < head.size(); k++) {
      Titles.Entry e = titles.match(lowers(head), k);
      if (e != null && e.type() == Titles.Type.TITLE) {
        String person = titleHolder(e.title(), offset);
        if (person != null) {
          return person;
        }
      }
    }
    return textOf(words);
  }

  /** Whether the mention is a plural or group (they, protesters, the ministry). */
  boolean isGroup(List<Word> words) {
    if (words.isEmpty()) {
      return false;
    }
    String last = words.get(words.size() - 1).lower();
    Titles.Entry e = titles.word(last);
    return PLURAL.contains(last) || e != null && e.type() == Titles.Type.ORG
        || "NOUN".equals(words.get(words.size() - 1).tag()) && last.endsWith("s")
        || isAcronym(words.get(words.size() - 1).text());
  }

  private static boolean isPronoun(List<Word> words) {
    if (words.size() != 1) {
      return false;
    }
    String w = words.get(0).lower();
    return MALE.contains(w) || FEMALE.contains(w) || PLURAL.contains(w) || w.equals("it");
  }

  private String pronoun(String word, int offset) {
    if (PLURAL.contains(word)) {
      for (int k = speakers.size() - 1; k >= 0; k--) {
        Mention m = speakers.get(k);
        if (m.offset() < offset) {
          return m.type() == Type.ORG ? m.canonical() : null;
        }
      }
      return null;
    }
    if (word.equals("it")) {
      return recentOrganisation(offset); // "the ministry … It said"
    }
    char gender = MALE.contains(word) ? 'm' : FEMALE.contains(word) ? 'f' : 0;
    if (gender == 0) {
      return null;
    }
    String found = recentPerson(offset, gender, true);
    if (found == null) {
      found = recentPerson(offset, gender, false);
    }
    if (found != null) {
      genders.putIfAbsent(found, gender);
    }
    return found;
  }

  private String recentOrganisation(int offset) {
    Mention best = null;
    for (List<Mention> list : List.of(mentions, speakers)) {
      for (int k = list.size() - 1; k >= 0; k--) {
        Mention m = list.get(k);
        if (m.offset() < offset && m.type() == Type.ORG) {
          best = best == null || m.offset() > best.offset() ? m : best;
          break;
        }
      }
    }
    return best == null ? null : best.canonical();
  }

  private String recentPerson(int offset, char gender, boolean subjectsOnly) {
    Mention best = null;
    for (List<Mention> list : List.of(mentions, speakers)) {
      for (int k = list.size() - 1; k >= 0; k--) {
        Mention m = list.get(k);
        if (m.offset() >= offset || best != null && m.offset() <= best.offset()) {
          continue;
        }
        Character g = genders.get(m.canonical());
        if (m.type() == Type.PERSON && (m.subject() || !subjectsOnly)
            && (g == null || g == gender)) {
          best = m;
          break;
        }
      }
    }
    return best == null ? null : best.canonical();
  }

  private String titleHolder(String title, int offset) {
    for (int k = titled.size() - 1; k >= 0; k--) {
      Title t = titled.get(k);
      if (t.offset() < offset && t.title().equals(title)) {
        return t.person();
      }
    }
    return null;
  }

  /** The full name of a person introduced before {@code offset} that {@code words} names. */
  private String known(List<Word> words, int offset, String fallback) {
    String last = words.get(words.size() - 1).text();
    String first = words.size() > 1 ? words.get(0).text() : null;
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.offset() >= offset || m.type() != Type.PERSON) {
        continue;
      }
      String[] parts = m.canonical().split(" ");
      if (parts.length > words.size() && parts[parts.length - 1].equals(last)
          && (first == null || parts[0].equals(first))) {
        return m.canonical();
      }
    }
    return fallback;
  }

  /** What a run of proper words names, once titles and organisation words are split off. */
  private record Name(List<Word> words, Titles.Entry title, boolean honorific, boolean org) {}

  private Name name(List<Word> run, int start, int end) {
    List<String> lower = lowers(run);
    Titles.Entry title = null;
    boolean honorific = false;
    int nameStart = start;
    boolean org = false;
    for (int k = start; k < end; k++) {
      Titles.Entry e = titles.match(lower.subList(0, end), k);
      if (e == null) {
        continue;
      }
      if (e.type() == Titles.Type.ORG) {
        org = true;
        title = null;
      } else {
        title = e;
        org = false;
        honorific |= e.type() == Titles.Type.HONORIFIC;
      }
      nameStart = k + e.words();
      k = nameStart - 1;
    }
    List<Word> words = run.subList(Math.min(nameStart, end), end);
    if (!words.isEmpty()) {
      org = words.size() == 1 && isAcronym(words.get(0).text());
    }
    return new Name(words, title, honorific, org);
  }

  private Titles.Entry addRun(List<Word> words, int start, int end, Titles.Entry before,
      boolean subject) {
    int offset = words.get(start).span().start();
    Name name = name(words, start, end);
    Titles.Entry title = name.title() != null ? name.title() : before;
    if (name.words().isEmpty()) {
      if (name.org()) {
        mentions.add(new Mention(offset, text(words, start, end), Type.ORG, subject));
      }
      return name.title();
    }
    if (name.org()) {
      mentions.add(new Mention(offset, text(name.words()), Type.ORG, subject));
      return null;
    }
    String canonical = known(name.words(), offset, text(name.words()));
    boolean isKnown = !canonical.equals(text(name.words())) || isKnownPerson(canonical);
    boolean person = name.words().size() >= 2 || title != null || isKnown;
    mentions.add(new Mention(offset, canonical, person ? Type.PERSON : Type.OTHER, subject));
    if (title != null && title.gender() != 0) {
      genders.putIfAbsent(canonical, title.gender());
    }
    if (title != null && title.type() == Titles.Type.TITLE) {
      titled.add(new Title(offset, title.title(), canonical));
    }
    return null;
  }

  private boolean isKnownPerson(String canonical) {
    for (Mention m : mentions) {
      if (m.type() == Type.PERSON && m.canonical().equals(canonical)) {
        return true;
      }
    }
    return false;
  }

  private boolean proper(List<Word> words, int i) {
    Word w = words.get(i);
    if (w.text().equals("-") && i > 0 && i + 1 < words.size()
        && words.get(i - 1).span().end() == w.span().start()
        && w.span().end() == words.get(i + 1).span().start()
        && words.get(i - 1).capitalised() && words.get(i + 1).capitalised()) {
      return true; // Kassym-Jomart, split by the tokenizer
    }
    if (!w.capitalised()) {
      return false;
    }
    if (w.tag() != null) {
      return w.tag().equals("PROPN")
          || titles.word(w.lower()) != null && !w.tag().equals("PRON") && !w.tag().equals("DET");
    }
    if (isAcronym(w.text()) && (i > 0 && isAcronym(words.get(i - 1).text())
        || i + 1 < words.size() && isAcronym(words.get(i + 1).text()))) {
      return false; // a heading in capitals ("READ MORE")
    }
    // Untagged: a capital after a sentence start is a name; the first word only with another
    // and when it is no function word ("The Morans", "For Morgan").
    return i > 0 || words.size() > 1 && words.get(1).capitalised()
        && !FUNCTION_WORDS.contains(w.lower());
  }

  private static boolean subjectAfter(List<Word> words, int end) {
    int k = end;
    while (k < words.size() && "ADV".equals(words.get(k).tag())) {
      k++;
    }
    if (k >= words.size()) {
      return false;
    }
    Word next = words.get(k);
    if (next.tag() != null) {
      return next.tag().equals("VERB") || next.tag().equals("AUX");
    }
    return !next.capitalised() && Character.isLetter(next.text().charAt(0))
        && !NOT_SUBJECT_AFTER.contains(next.lower());
  }

  static boolean isAcronym(String w) {
    if (w.length() < 2 || w.length() > 6) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isUpperCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> lowers(List<Word> words) {
    List<String> result = new ArrayList<>(words.size());
    words.forEach(w -> result.add(w.lower()));
    return result;
  }

  private static String text(List<Word> words) {
    return text(words, 0, words.size());
  }

  /** The words joined as written: no space inside a hyphenated name. */
  private static String text(List<Word> words, int start, int end) {
    StringBuilder out = new StringBuilder();
    for (int k = start; k < end; k++) {
      if (k > start && words.get(k).span().start() > words.get(k - 1).span().end()) {
        out.append(' ');
      }
      out.append(words.get(k).text());
    }
    return out.toString();
  }

  private static String textOf(List<Word> words) {
    return text(words);
  }
}
