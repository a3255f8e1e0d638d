package dev.precis.core.quotes;

import dev.precis.core.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives each speaker mention of one article its clean canonical name: a surname or partial
 * name becomes the full name the article introduced, a pronoun the most recent compatible
 * person, a title the person the article gave that title (or the role itself when it named
 * nobody), an organisation its whole name; weekdays, datelines, captions and title words are
 * cut off ({@link NameNoise}). Built in two steps: {@link #scan} reads every sentence's names
 * in order, then {@link #resolve} looks back from a mention's offset. Every look-up is a map
 * or a binary search, so an article with thousands of mentions stays linear-logarithmic. One
 * instance per document.
 */
final class SpeakerResolver {
  private static final Set<String> NOT_SUBJECT_AFTER = Set.of("of", "and", "in", "on", "at",
      "for", "to", "the", "a", "an", "with", "from", "by", "as", "or", "into", "over");
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "for", "in",
      "on", "at", "by", "with", "from", "after", "before", "during", "as", "but", "and", "if",
      "when", "while", "this", "that", "these", "those", "his", "her", "their", "its", "our",
      "my", "despite", "although", "though", "since", "until", "under", "over", "to", "of",
      "like", "unlike", "according", "among", "about", "last", "next", "every", "each", "some",
      "many", "most", "all", "both", "then", "now", "so", "yet", "or", "nor", "what", "who",
      "one", "others", "other", "another", "such", "any", "no", "it", "there", "here");
  /** Words that join the parts of one organisation's name ("Bank of Canada"). */
  private static final Set<String> ORG_JOINERS = Set.of("of", "for", "and", "&", "on");
  /** Prepositions after which a mention goes on about someone else ("a lawyer for X"). */
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "with", "at", "from",
      "in", "on", "to", "by");
  /** What speaks for its owner ("Infrastructure Canada’s public database"). */
  private static final Set<String> DOCUMENTS = Set.of("statement", "statements", "report",
      "website", "site", "database", "account", "page", "release", "memo", "letter", "filing",
      "data", "study", "survey", "figures", "records", "documents", "document", "blog",
      "feed", "announcement", "newsletter", "channel", "spokesperson's");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their");
  /** How far back a pronoun looks for its person, in mentions. */
  private static final int PRONOUN_REACH = 400;

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

  private final Titles titles;
  private final NameNoise noise;
  /** Names in text order (scan adds them sentence by sentence). */
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Mention> speakers = new ArrayList<>();
  private final Map<String, Character> genders = new HashMap<>();
  private final Set<String> people = new HashSet<>();
  private final Set<String> titledPeople = new HashSet<>();
  /** Title → offset → the person given it there. */
  private final Map<String, TreeMap<Integer, String>> titleHolders = new HashMap<>();
  /** A person's latest title as written ("Secretary of State"). */
  private final Map<String, String> titleOf = new HashMap<>();
  /** Last name → offset → a longer full name ending with it. */
  private final Map<String, TreeMap<Integer, String>> fullNames = new HashMap<>();
  /** "first last" → offset → a full name of three or more words with that first and last. */
  private final Map<String, TreeMap<Integer, String>> longNames = new HashMap<>();
  /** Last word of an organisation's name → offset → its whole name. */
  private final Map<String, TreeMap<Integer, String>> organisations = new HashMap<>();

  /** Acronym → the organisation's name it abbreviates ("IRCC"). */
  private final Map<String, String> acronyms = new HashMap<>();
  /** First word of an organisation's name → offset → its whole name ("Samsung"). */
  private final Map<String, TreeMap<Integer, String>> organisationStarts = new HashMap<>();

  SpeakerResolver(Titles titles, NameNoise noise) {
    this.titles = titles;
    this.noise = noise;
  }

  /**
   * Notes which acronyms the article uses ("IRCC"), so that {@link #scan} can learn the name
   * whose initials spell one ("Immigration, Refugees and Citizenship Canada"). Call first.
   */
  void learnAcronyms(String text) {
    this.text = text;
    int i = 0;
    while (i < text.length()) {
      if (!Character.isUpperCase(text.charAt(i))
          || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && Character.isUpperCase(text.charAt(end))) {
        end++;
      }
      boolean word = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (word && end - i >= 2 && end - i <= 6) {
        usedAcronyms.add(text.substring(i, end));
      }
      i = Math.max(end, i + 1);
    }
  }

  /** Learns acronyms' names from a sentence's runs of capitalised words. */
  private void learnExpansions(List<Word> words) {
    if (usedAcronyms.isEmpty()) {
      return;
    }
    int i = 0;
    while (i < words.size()) {
      if (!words.get(i).capitalised()) {
        i++;
        continue;
      }
      StringBuilder initials = new StringBuilder();
      int end = i;
      while (end < words.size()) {
        Word w = words.get(end);
        if (w.capitalised()) {
          initials.append(w.text().charAt(0));
          end++;
        } else if ((EXPANSION_JOINERS.contains(w.lower())) && end + 1 < words.size()
            && end > i && (words.get(end + 1).capitalised()
                || end + 2 < words.size() && words.get(end + 1).lower().equals("and")
                && words.get(end + 2).capitalised())) {
          end++;
        } else {
          break;
        }
      }
      String acronym = initials.toString();
      if (acronym.length() >= 2 && usedAcronyms.contains(acronym) && text != null
          && !acronyms.containsKey(acronym)) {
        acronyms.put(acronym, text.substring(words.get(i).span().start(),
            words.get(end - 1).span().end()));
      }
      i = Math.max(end, i + 1);
    }
  }

  private static final Set<String> EXPANSION_JOINERS = Set.of("and", "of", "for", "&", ",");
  private final Set<String> usedAcronyms = new HashSet<>();
  private String text;

  /** Reads the names of one sentence; sentences must come in text order. */
  void scan(List<Word> words) {
    learnExpansions(words);
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
    int pendingStart = 0;
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
      int titleFrom = before != null ? i - 1 : i;
      if (before == null && pending != null && i >= 2 && words.get(i - 2).lower().equals("of")
          || before == null && pending != null && i >= 3 && words.get(i - 3).lower().equals("of")) {
        before = pending;
        titleFrom = pendingStart; // "Secretary of State John Kerry"
      }
      if (before == null && i >= 2 && words.get(i - 1).lower().equals("of")) {
        Titles.Entry e = titles.word(words.get(i - 2).lower());
        if (e != null && e.type() == Titles.Type.TITLE) {
          before = e; // "Secretary of State …" with the title starting the sentence
          titleFrom = i - 2;
        }
      }
      // A name opening the sentence is its subject even before a phrase ("X with Y turned").
      Titles.Entry title = addRun(words, i, end, before, titleFrom,
          i == 0 || subjectAfter(words, end));
      if (title != null) {
        pendingStart = i;
      }
      pending = title;
      i = end;
    }
  }

  /**
   * Remembers a resolved speaker, which pronouns can then point back to: a person when the
   * mention was a name, a personal pronoun or a title, a group otherwise.
   */
  void spoke(int offset, Speaker speaker, List<Word> mention) {
    if (speaker == null) {
      return;
    }
    String canonical = speaker.name();
    boolean group = isGroup(mention) || speaker.kind() == Speaker.Kind.ORGANISATION;
    boolean person = !group && (people.contains(canonical) || isPronoun(mention)
        || titledPeople.contains(canonical) || speaker.kind() == Speaker.Kind.PERSON);
    speakers.add(new Mention(offset, canonical, person ? Type.PERSON
        : group ? Type.ORG : Type.OTHER, true));
  }

  /**
   * The speaker a mention made of {@code words} at {@code offset} names, or null when it
   * names nobody (a pronoun with no compatible person before it, a weekday or a place).
   */
  Speaker resolve(List<Word> words, int offset) {
    if (words.isEmpty()) {
      return null;
    }
    Span mention = new Span(words.get(0).span().start(), words.get(words.size() - 1).span().end());
    if (words.size() == 1 && "PRON".equals(words.get(0).tag()) || isPronoun(words)) {
      return pronoun(words.get(0).lower(), offset, mention);
    }
    int from = 0;
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k).lower();
      if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")) {
        from = k + 1; // the head of "the president’s website" is "website"
      }
    }
    if (from > 1 && !namesSomeone(words.subList(from, words.size()))) {
      // "Infrastructure Canada’s public database" speaks for its owner
      Speaker owner = resolve(words.subList(0, from - 1), offset);
      // Only an owner the article names: "the Kazakh president’s website" stays as it is,
      // for a title's holder is a guess (rules below 0.8 guess).
      if (owner != null && owner.kind() != Speaker.Kind.ROLE && owner.confidence() >= 0.8) {
        return owner.at(mention, owner.confidence() * 0.9);
      }
    }
    List<Word> head = words.subList(from, words.size());
    if (head.isEmpty() || !head.stream().anyMatch(w -> hasLetter(w.text()))) {
      return null;
    }
    List<String> lower = lowers(head);
    String first = lower.get(0);
    for (int k = 0; k < head.size(); k++) {
      Titles.Entry e = titles.match(lower, k);
      if (e != null && k + e.words() == head.size() && e.type() != Titles.Type.ORG
          && !hasProperBefore(head, k)) {
        // "the Head of State", "the president": the person given that title, or the role;
        // "a judge" is someone new, never an earlier judge.
        String person = e.type() == Titles.Type.TITLE && !INDEFINITE.contains(first)
            ? titleHolder(e.title(), offset) : null;
        return person != null ? person(person, mention, titleOf.get(person), 0.75)
            : role(words, mention);
      }
    }
    int roleEnd = roleBeforePreposition(head);
    if (roleEnd > 0) {
      return role(words, mention); // "a spokesman for the United Nations", "sources close to X"
    }
    List<int[]> runs = properRuns(head);
    Word last = head.get(head.size() - 1);
    if (runs.isEmpty() && last.capitalised() && !FUNCTION_WORDS.contains(last.lower())
        && !"PRON".equals(last.tag())) {
      // a capitalised word the tagger did not take for a name ("Reyes added", "actor Oh")
      runs.add(new int[] {head.size() - 1, head.size()});
    }
    Name titleOnly = null;
    boolean modifies = false;
    for (int[] run : runs) {
      Name name = name(head, run[0], run[1]);
      if (!name.nothing() && modifier(head, run[1])) {
        modifies = true; // "Canadian actor …", "a St. James's Palace spokesman"
        continue;
      }
      if (name.nothing()) {
        continue; // "Tuesday", "Abbotsford B.C."
      }
      if (name.org()) {
        return organisation(head, name.start(), run[1], offset, mention);
      }
      if (!name.words().isEmpty()) {
        return personNamed(name.words(), offset, mention, titleText(head, name.start()));
      }
      titleOnly = titleOnly == null ? name : titleOnly; // "Secretary" of "Secretary of State X"
    }
    if (titleOnly != null) {
      String person = titleHolder(titleOnly.title().title(), offset);
      return person != null ? person(person, mention, titleOf.get(person), 0.75)
          : role(words, mention);
    }
    if (!runs.isEmpty() && !modifies) {
      return null; // only weekdays, places and captions: nobody is named
    }
    for (int k = 0; k < head.size(); k++) {
      Titles.Entry e = titles.match(lower, k);
      if (e != null && e.type() == Titles.Type.TITLE && !INDEFINITE.contains(first)) {
        String person = titleHolder(e.title(), offset);
        if (person != null) {
          return person(person, mention, titleOf.get(person), 0.7);
        }
      }
    }
    if (head.size() == 1 && FUNCTION_WORDS.contains(first) || isDeterminerOnly(head)) {
      return null; // "an" of "an estimated …", "some", "the"
    }
    return role(words, mention);
  }

  private Speaker personNamed(List<Word> nameWords, int offset, Span mention, String title) {
    String written = text(nameWords);
    String full = known(nameWords, offset, written);
    boolean person = !full.equals(written) || nameWords.size() >= 2 || people.contains(full)
        || title != null;
    if (!person && nameWords.size() == 1) {
      TreeMap<Integer, String> starting = organisationStarts.get(written);
      Map.Entry<Integer, String> e = starting == null ? null : starting.lowerEntry(offset);
      if (e != null) { // "Samsung" for "Samsung Electronics Co." named before
        return new Speaker(e.getValue(), Speaker.Kind.ORGANISATION, mention, null, 0.75);
      }
    }
    if (!person && nameWords.size() == 1 && isAcronym(written) && acronyms.containsKey(written)) {
      return new Speaker(acronyms.get(written), Speaker.Kind.ORGANISATION, mention, null, 0.8);
    }
    if (!person && nameWords.size() == 1 && isAcronym(written)) {
      Speaker org = organisationNamed(written, offset, mention);
      return org != null ? org : new Speaker(written, Speaker.Kind.ORGANISATION, mention, null,
          0.7);
    }
    String knownTitle = title != null ? title : titleOf.get(full);
    double confidence = nameWords.size() >= 2 ? 0.9 : !full.equals(written) ? 0.85 : 0.6;
    return new Speaker(full, person ? Speaker.Kind.PERSON : Speaker.Kind.UNKNOWN, mention,
        knownTitle, confidence);
  }

  private static Speaker person(String name, Span mention, String title, double confidence) {
    return new Speaker(name, Speaker.Kind.PERSON, mention, title, confidence);
  }

  private Speaker role(List<Word> words, Span mention) {
    int from = 0;
    while (from < words.size() && !hasLetter(words.get(from).text())) {
      from++;
    }
    if (from == words.size()) {
      return null;
    }
    boolean named = false;
    for (int k = from; k < words.size(); k++) {
      String w = words.get(k).lower();
      named |= hasLetter(w) && !noise.isDate(w) && !FUNCTION_WORDS.contains(w);
    }
    if (!named) {
      return null; // "friday", "the" : nobody
    }
    String role = text(words, from, words.size());
    return new Speaker(role, Speaker.Kind.ROLE, mention, null, 0.8);
  }

  /** An organisation's whole name, with its article: "the United Nations", "The Washington Post". */
  private Speaker organisation(List<Word> head, int start, int end, int offset, Span mention) {
    String name = text(head, start, end);
    if (acronyms.containsKey(name)) {
      return new Speaker(acronyms.get(name), Speaker.Kind.ORGANISATION, mention, null, 0.8);
    }
    Speaker earlier = organisationNamed(name, offset, mention);
    if (earlier != null) {
      return earlier;
    }
    return new Speaker(withArticle(head, start, name), Speaker.Kind.ORGANISATION, mention, null,
        0.85);
  }

  /** The whole name of an organisation named before {@code offset} that {@code name} ends. */
  private Speaker organisationNamed(String name, int offset, Span mention) {
    String[] parts = name.split(" ");
    TreeMap<Integer, String> byOffset = organisations.get(parts[parts.length - 1]);
    if (byOffset == null) {
      return null;
    }
    Map.Entry<Integer, String> e = byOffset.lowerEntry(offset);
    String whole = e == null ? null : e.getValue();
    if (whole == null || !(stripArticle(whole).equals(name)
        || stripArticle(whole).endsWith(" " + name))) {
      return null;
    }
    return new Speaker(whole, Speaker.Kind.ORGANISATION, mention, null, 0.8);
  }

  private static String withArticle(List<Word> words, int start, String name) {
    if (start == 0 || !words.get(start - 1).lower().equals("the")) {
      return name;
    }
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    boolean paper = Set.of("post", "times", "journal", "guardian", "telegraph", "globe",
        "herald", "economist", "atlantic", "independent", "observer", "hill").contains(last);
    return (paper ? "The " : "the ") + name;
  }

  private static String stripArticle(String name) {
    return name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
  }

  /**
   * The end of a role that a preposition follows before any name ("a spokesman for the
   * ministry", "sources familiar with X"), or 0 when the mention does not open with one.
   */
  private int roleBeforePreposition(List<Word> head) {
    for (int k = 1; k < head.size() - 1; k++) {
      Word w = head.get(k);
      if (proper(head, k) || w.capitalised()) {
        return 0;
      }
      if (PREPOSITIONS.contains(w.lower()) || w.lower().equals("familiar")
          || w.lower().equals("close")) {
        boolean noun = false;
        for (int j = 0; j < k; j++) {
          Word before = head.get(j);
          if (before.capitalised() && !DETERMINERS.contains(before.lower())
              && !INDEFINITE.contains(before.lower())) {
            return 0; // "Secretary of State John Kerry": a title, not a role
          }
          noun |= "NOUN".equals(before.tag()) || titles.word(before.lower()) != null;
        }
        return noun ? k : 0;
      }
    }
    return 0;
  }

  /** The runs of proper words, an organisation joined over "of" ("University of Toronto"). */
  private List<int[]> properRuns(List<Word> head) {
    List<int[]> runs = new ArrayList<>();
    int k = 0;
    while (k < head.size()) {
      if (!proper(head, k)) {
        k++;
        continue;
      }
      int end = k;
      while (end < head.size() && proper(head, end)) {
        end++;
      }
      int[] previous = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (previous != null && previous[1] + 1 == k
          && ORG_JOINERS.contains(head.get(previous[1]).lower()) && isOrgWord(head, previous[1] - 1)) {
        previous[1] = end;
      } else {
        runs.add(new int[] {k, end});
      }
      k = end;
    }
    return runs;
  }

  private boolean isOrgWord(List<Word> words, int i) {
    Titles.Entry e = titles.word(words.get(i).lower());
    return e != null && e.type() == Titles.Type.ORG;
  }

  /** Whether a run is only a modifier of the noun after it ("Canadian actor", "Toronto police"). */
  private boolean modifier(List<Word> head, int runEnd) {
    if (runEnd >= head.size()) {
      return false;
    }
    Word next = head.get(runEnd);
    String lower = next.lower();
    return !next.capitalised() && hasLetter(next.text()) && !PREPOSITIONS.contains(lower)
        && !ORG_JOINERS.contains(lower) && !lower.equals("'s") && !lower.equals("’s")
        && !lower.equals("who") && !lower.equals(",");
  }

  /** The title written before a name in the mention ("Secretary of State"), or null. */
  private String titleText(List<Word> head, int nameStart) {
    int from = 0;
    while (from < nameStart && (DETERMINERS.contains(head.get(from).lower())
        || !hasLetter(head.get(from).text()))) {
      from++;
    }
    int to = nameStart;
    while (to > from && (noise.of(head.get(to - 1).lower()) != null
            && noise.of(head.get(to - 1).lower()) != NameNoise.Type.TAIL
        || !hasLetter(head.get(to - 1).text()))) {
      to--;
    }
    for (int k = from; k < to; k++) {
      NameNoise.Type n = noise.of(head.get(k).lower());
      if (n != null && n != NameNoise.Type.TAIL) {
        from = k + 1; // a dateline or a caption before the title
      }
    }
    boolean titled = false;
    for (int k = from; k < to; k++) {
      Titles.Entry e = titles.word(head.get(k).lower());
      titled |= e != null && e.type() != Titles.Type.ORG && e.type() != Titles.Type.HONORIFIC;
    }
    return titled ? text(head, from, to) : null;
  }

  /**
   * Whether a possessive's head may be someone ("the minister’s spokesman", "Oracle’s
   * Australian skipper"): all but a document or channel that speaks for its owner.
   */
  private static boolean namesSomeone(List<Word> head) {
    return head.isEmpty() || !DOCUMENTS.contains(head.get(head.size() - 1).lower());
  }

  private boolean hasProperBefore(List<Word> head, int k) {
    for (int j = 0; j < k; j++) {
      if (proper(head, j) && noise.of(head.get(j).lower()) == null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDeterminerOnly(List<Word> head) {
    for (Word w : head) {
      if (!DETERMINERS.contains(w.lower()) && !FUNCTION_WORDS.contains(w.lower())) {
        return false;
      }
    }
    return true;
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

  private Speaker pronoun(String word, int offset, Span mention) {
    if (PLURAL.contains(word)) {
      for (int k = speakers.size() - 1; k >= 0 && k >= speakers.size() - PRONOUN_REACH; k--) {
        Mention m = speakers.get(k);
        if (m.offset() < offset) {
          return m.type() == Type.ORG
              ? new Speaker(m.canonical(), Speaker.Kind.ORGANISATION, mention, null, 0.65) : null;
        }
      }
      return null;
    }
    if (word.equals("it")) {
      String org = recentOrganisation(offset); // "the ministry … It said"
      return org == null ? null
          : new Speaker(org, Speaker.Kind.ORGANISATION, mention, null, 0.65);
    }
    char gender = MALE.contains(word) ? 'm' : FEMALE.contains(word) ? 'f' : 0;
    if (gender == 0) {
      return null;
    }
    String found = recentPerson(offset, gender, true);
    if (found == null) {
      found = recentPerson(offset, gender, false);
    }
    if (found == null) {
      return null;
    }
    genders.putIfAbsent(found, gender);
    return person(found, mention, titleOf.get(found), 0.7);
  }

  /** Index of the last mention before {@code offset}, or -1; mentions are in text order. */
  private int lastMentionBefore(int offset) {
    int lo = 0;
    int hi = mentions.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).offset() < offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private String recentOrganisation(int offset) {
    Mention best = null;
    int start = lastMentionBefore(offset);
    for (int k = start; k >= 0 && k > start - PRONOUN_REACH; k--) {
      if (mentions.get(k).type() == Type.ORG) {
        best = mentions.get(k);
        break;
      }
    }
    for (int k = speakers.size() - 1; k >= 0 && k >= speakers.size() - PRONOUN_REACH; k--) {
      Mention m = speakers.get(k);
      if (m.offset() < offset && m.type() == Type.ORG) {
        best = best == null || m.offset() > best.offset() ? m : best;
        break;
      }
    }
    return best == null ? null : best.canonical();
  }

  private String recentPerson(int offset, char gender, boolean subjectsOnly) {
    Mention best = null;
    int start = lastMentionBefore(offset);
    for (int k = start; k >= 0 && k > start - PRONOUN_REACH; k--) {
      if (fits(mentions.get(k), gender, subjectsOnly)) {
        best = mentions.get(k);
        break;
      }
    }
    for (int k = speakers.size() - 1; k >= 0 && k >= speakers.size() - PRONOUN_REACH; k--) {
      Mention m = speakers.get(k);
      if (m.offset() >= offset || best != null && m.offset() <= best.offset()) {
        continue;
      }
      if (fits(m, gender, subjectsOnly)) {
        best = m;
        break;
      }
    }
    return best == null ? null : best.canonical();
  }

  private boolean fits(Mention m, char gender, boolean subjectsOnly) {
    Character g = genders.get(m.canonical());
    return m.type() == Type.PERSON && (m.subject() || !subjectsOnly)
        && (g == null || g == gender);
  }

  private String titleHolder(String title, int offset) {
    TreeMap<Integer, String> holders = titleHolders.get(title);
    Map.Entry<Integer, String> e = holders == null ? null : holders.lowerEntry(offset);
    return e == null ? null : e.getValue();
  }

  /** The full name of a person introduced before {@code offset} that {@code words} names. */
  private String known(List<Word> words, int offset, String fallback) {
    String[] written = text(words).split(" "); // "LaPlante", however the tokenizer cut it
    String last = written[written.length - 1];
    if (written.length == 1) {
      TreeMap<Integer, String> names = fullNames.get(last);
      Map.Entry<Integer, String> e = names == null ? null : names.lowerEntry(offset);
      return e == null ? fallback : e.getValue();
    }
    TreeMap<Integer, String> names = longNames.get(written[0] + " " + last);
    if (names == null) {
      return fallback;
    }
    for (Map.Entry<Integer, String> e = names.lowerEntry(offset); e != null;
        e = names.lowerEntry(e.getKey())) {
      if (e.getValue().split(" ").length > written.length) {
        return e.getValue(); // "John Smith" for "John Q. Smith" introduced before
      }
    }
    return fallback;
  }

  /**
   * What a run of proper words names, once titles, organisation words and noise are split
   * off: {@code words} is the name (empty when the run is only a title or an organisation),
   * {@code start} where it starts, {@code nothing} when the run names no one at all.
   */
  private record Name(List<Word> words, int start, Titles.Entry title, boolean org,
      boolean nothing) {}

  private Name name(List<Word> run, int start, int end) {
    List<String> lower = lowers(run);
    while (start < end && !hasLetter(run.get(start).text())) {
      start++; // "-Ann Roberts" from a name the tokenizer split at its hyphen
    }
    while (end > start && noise.isDate(lower.get(end - 1))) {
      end--; // "said Obama Tuesday"
    }
    if (end == start || noise.of(lower.get(end - 1)) != null
        && noise.of(lower.get(end - 1)) != NameNoise.Type.TAIL
        && !isOrgRun(lower, start, end)) {
      return new Name(List.of(), start, null, false, true); // "Tuesday", "Abbotsford B.C."
    }
    Titles.Entry title = null;
    int nameStart = start;
    boolean org = false;
    for (int k = start; k < end; k++) {
      Titles.Entry e = titles.match(lower.subList(0, end), k);
      if (e != null && e.type() != Titles.Type.ORG && k > nameStart && k + e.words() >= end) {
        e = null; // a title word ending a name is part of it ("John King")
      }
      if (e != null) {
        if (e.type() == Titles.Type.ORG) {
          org = true;
          title = null;
          if (k + e.words() < end && ORG_JOINERS.contains(lower.get(k + e.words()))) {
            nameStart = end; // "University of Toronto" is one organisation
            break;
          }
        } else {
          title = e;
          org = false;
        }
        nameStart = k + e.words();
        k = nameStart - 1;
        continue;
      }
      NameNoise.Type n = noise.of(lower.get(k));
      if (n != null && k + 1 < end && !isOrgRun(lower, k + 1, end)) {
        nameStart = k + 1; // "Watch Doug Ford", "Scottsdale Ariz Phil Mickelson"
        if (n != NameNoise.Type.TAIL) {
          title = null;
        }
        org = false;
      }
    }
    List<Word> words = run.subList(Math.min(nameStart, end), end);
    if (!words.isEmpty()) {
      org = words.size() == 1 && isAcronym(words.get(0).text());
    }
    if (org) {
      nameStart = Math.min(firstNameWord(lower, start, end), end);
    }
    return new Name(words, nameStart, title, org, false);
  }

  /** Where an organisation's name starts once noise before it is cut ("Watch CNN" → "CNN"). */
  private int firstNameWord(List<String> lower, int start, int end) {
    int from = start;
    for (int k = start; k < end - 1; k++) {
      if (noise.of(lower.get(k)) != null && noise.of(lower.get(k)) != NameNoise.Type.TAIL) {
        from = k + 1;
      }
    }
    return from;
  }

  private boolean isOrgRun(List<String> lower, int start, int end) {
    for (int k = start; k < end; k++) {
      Titles.Entry e = titles.word(lower.get(k));
      if (e != null && e.type() == Titles.Type.ORG) {
        return true;
      }
    }
    return false;
  }

  private Titles.Entry addRun(List<Word> words, int start, int end, Titles.Entry before,
      int titleFrom, boolean subject) {
    int offset = words.get(start).span().start();
    Name name = name(words, start, end);
    if (name.nothing()) {
      mentions.add(new Mention(offset, text(words, start, end), Type.OTHER, subject));
      return null;
    }
    Titles.Entry title = name.title() != null ? name.title() : before;
    if (name.words().isEmpty() || name.org()) {
      if (name.org()) {
        int from = name.start();
        String whole = withArticle(words, from, text(words, from, end));
        mentions.add(new Mention(offset, whole, Type.ORG, subject));
        String[] parts = stripArticle(whole).split(" ");
        organisations.computeIfAbsent(parts[parts.length - 1], k -> new TreeMap<>())
            .put(offset, whole);
        if (parts.length > 1) {
          organisationStarts.computeIfAbsent(parts[0], k -> new TreeMap<>()).put(offset, whole);
        }
        return null;
      }
      return name.title();
    }
    String written = text(name.words());
    String canonical = known(name.words(), offset, written);
    boolean isKnown = !canonical.equals(written) || people.contains(canonical);
    boolean person = (name.words().size() >= 2 || title != null || isKnown)
        && !partOfAcronym(written); // "Citizenship Canada" of "… and Citizenship Canada"
    mentions.add(new Mention(offset, canonical, person ? Type.PERSON : Type.OTHER, subject));
    if (person) {
      remember(canonical, offset);
    }
    if (title != null && title.gender() != 0) {
      genders.putIfAbsent(canonical, title.gender());
    }
    if (title != null && title.type() == Titles.Type.TITLE) {
      titleHolders.computeIfAbsent(title.title(), k -> new TreeMap<>()).put(offset, canonical);
      titledPeople.add(canonical);
      String asWritten = titleText(words.subList(titleFrom, end), name.start() - titleFrom);
      titleOf.put(canonical, asWritten != null ? asWritten : title.title());
    }
    return null;
  }

  private boolean partOfAcronym(String name) {
    for (String expansion : acronyms.values()) {
      if (expansion.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** Indexes a person's full name for the surname and partial-name look-ups. */
  private void remember(String canonical, int offset) {
    people.add(canonical);
    String[] parts = canonical.split(" ");
    if (parts.length >= 2) {
      fullNames.computeIfAbsent(parts[parts.length - 1], k -> new TreeMap<>())
          .put(offset, canonical);
    }
    if (parts.length >= 3) {
      longNames.computeIfAbsent(parts[0] + " " + parts[parts.length - 1], k -> new TreeMap<>())
          .put(offset, canonical);
    }
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
      if (w.tag().equals("PROPN")
          || titles.word(w.lower()) != null && !w.tag().equals("PRON") && !w.tag().equals("DET")) {
        return true;
      }
      // A capitalised word beside a name is part of it whatever its tag ("White House",
      // "Vern Sparkes"), unless it is a function word.
      return !FUNCTION_WORDS.contains(w.lower()) && !w.tag().equals("PRON")
          && !w.tag().equals("DET") && !w.tag().equals("PUNCT")
          && (i > 0 && "PROPN".equals(words.get(i - 1).tag())
              || i + 1 < words.size() && "PROPN".equals(words.get(i + 1).tag())
                  && words.get(i + 1).capitalised());
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

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
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
}
