package dev.precis.core.kinds;

import dev.precis.core.Document;
import dev.precis.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentence kinds from the shape of the text alone: its capitals, final punctuation, whether
 * it stands alone in its paragraph, and a few patterns and word lists for bylines, captions
 * and page furniture. Rules look only at short pieces (long ones are story sentences, except
 * for author bios), so the cost per article is small.
 */
public final class RuleSentenceClassifier implements SentenceClassifier {
  public static final String NAME = "rules";

  /** Pieces longer than this (in words) are taken as sentences whatever their shape. */
  private static final int SHORT = 15;
  /** A heading has at most this many words. */
  private static final int HEADING_WORDS = 14;
  /** A piece this short with no verb-like word is a fragment. */
  private static final int VERBLESS_WORDS = 4;

  private static final Pattern URL = Pattern.compile(
      "(?i)(?:(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|@\\w{2,}|#\\w{2,}"
          + "|doi:\\s*\\S+|[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|gov|edu|co|uk|io|info)(?:/\\S*)?)"
          + "[\\s.,;:)\\]]*");
  private static final Pattern LIST_MARKER = Pattern.compile(
      "(?:\\(?(?:\\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]|[•·▪■●◦‣∙*+–—-])");
  /** "By Phil Helsel", "By PHIL HELSEL and JANE DOE", "Written by ...": names only after. */
  private static final Pattern BYLINE = Pattern.compile(
      "(?:(?i:by|written by|words by|story by|text by|posted by|published by|reported by|"
          + "reporting by|edited by|editing by|compiled by|interview by|with|from)\\s+"
          + "|(?i:contributing|additional reporting(?: by)?|reporting|editing|contact|author|"
          + "reporter|source|sources)\\s*:\\s*)"
          + "(?:\\p{Lu}[\\p{L}.'’-]*|and|&|de|da|van|von|der|le|la|the|staff|wires?|writer|"
          + "reporter|editor|[,;|/·•]|\\(?@\\w+\\)?|\\p{Lu}[\\p{L}.'’-]*\\s+(?:staff|wires?))"
          + "(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|de|da|van|von|der|le|la|the|staff|wires?|"
          + "writers?|reporters?|editors?|correspondents?|[,;|/·•]|\\(?@\\w+\\)?|\\|))*"
          + "[\\s,;.|]*");
  /** "Phil Helsel is a reporter for NBC News.", "Jane Doe writes about ...". */
  private static final Pattern BIO = Pattern.compile(
      "\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s+(?:(?:is|was|has been)\\s+"
          + "(?:a|an|the)?\\s*(?:[\\p{L}-]+\\s+){0,4}"
          + "(?i:reporter|writer|correspondent|editor|contributor|journalist|columnist|producer|"
          + "freelancer|intern|blogger|critic|photographer|author|anchor)s?"
          + "|(?:writes|covers|reports)\\s+(?:about|on|for))\\b");
  /** "... contributed to this report.", "Follow him on Twitter ...": found anywhere. */
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "\\b(?i:contributed (?:to this (?:report|story|article)|reporting)|"
          + "follow (?:him|her|them|us) on (?:twitter|facebook|instagram))\\b");
  /** A caption's or credit's start: "Photo: ...", "Image copyright ...", "©". */
  private static final Pattern CAPTION_START = Pattern.compile(
      "(?i)(?:(?:main |file |top |header |featured |cover )?(?:photo|image|picture|photograph|"
          + "pictured|video|graphic|illustration|caption|credit|courtesy)s?"
          + "(?: credit| caption| copyright| courtesy| by| source)?\\s*[:|©]"
          + "|image (?:copyright|caption)|©|\\(?(?:photo|image|picture)s? (?:by|courtesy|credit)\\b)");
  /** A credit at a caption's end: "(Getty Images)", "AP Photo/...", "(Photo: ...)". */
  private static final Pattern CAPTION_END = Pattern.compile(
      "(?i)(?:getty images|\\bap photo|\\(ap\\)|afp via getty|\\breuters/|"
          + "shutterstock|istock(?:photo)?|photo credit|/ap\\b|\\(photo: [^()]*\\)|\\(photo\\)|"
          + "\\(photo by [^()]*\\))[\\s.)\\]]*$");
  /** "BAAR, SWITZERLAND", "WASHINGTON —", "LONDON (Reuters) -", alone. */
  private static final Pattern DATELINE = Pattern.compile(
      "\\p{Lu}[\\p{Lu}.'’ -]+(?:,\\s*\\p{Lu}[\\p{L}.'’ -]+)?(?:\\s*\\((?:AP|Reuters|AFP|CNN|"
          + "UPI|dpa|Xinhua|Bloomberg)\\))?\\s*[—–-]*");
  /** Furniture that starts a short line: "Read more: ...", "Related: ...", "Leggi anche". */
  private static final Pattern FURNITURE_START = Pattern.compile(
      "(?i)(?:read more|read also|also read|more from|more on|see also|related|leggi anche|"
          + "lire aussi|lee también|mehr zum thema|click here|sign up|subscribe|follow us|"
          + "watch|listen|share this|share on|continue reading|story continues|advertisement|"
          + "sponsored|recommended|you may also like|don't miss|most read|trending|newsletter|"
          + "more stories|top stories|editor's picks?|see more|view more|more photos|"
          + "view gallery|photo gallery|back to top|skip ad|loading)\\b.*");
  private static final Set<String> FURNITURE = Set.of("advert", "advertisement", "ad", "ads",
      "review", "reviews", "related", "more", "share", "shares", "comments", "comment", "print",
      "email", "e-mail", "tweet", "subscribe", "menu", "search", "home", "next", "previous",
      "prev", "close", "loading", "sponsored", "video", "photos", "gallery", "update", "updated",
      "trending", "recommended", "top", "latest", "news", "opinion", "sections", "login",
      "log in", "sign in", "register", "facebook", "twitter", "instagram", "whatsapp",
      "linkedin", "pinterest", "reddit", "copy link", "copied", "listen", "save", "follow");
  /** Words that make a short piece a clause rather than a label. */
  private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "be", "been",
      "being", "am", "has", "have", "had", "do", "does", "did", "can", "could", "will",
      "would", "shall", "should", "may", "might", "must", "say", "says", "said", "get", "got",
      "go", "went", "gone", "make", "made", "see", "saw", "seen", "know", "knew", "take",
      "took", "come", "came", "think", "thought", "look", "want", "give", "gave", "use",
      "find", "found", "tell", "told", "ask", "work", "seem", "feel", "felt", "try", "leave",
      "left", "call", "let", "keep", "kept", "put", "run", "ran", "win", "won", "lose", "lost",
      "need", "hit", "set", "let's", "it's", "he's", "she's", "that's", "there's", "what's",
      "here's", "i'm", "we're", "they're", "you're", "isn't", "don't", "didn't", "can't",
      "won't", "doesn't", "wasn't", "aren't");

  /** Verb clitics as pre-tokenised corpora write them ("it 's", "is n't"). */
  private static final Set<String> CLITICS = Set.of("'s", "'re", "'m", "'ve", "'ll", "'d", "n't");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<SentenceKind> classify(Document document) {
    List<Span> sentences = document.sentences();
    int[] paragraphOf = document.sentenceParagraphs();
    boolean capitalised = usesCapitals(document.text());
    List<SentenceKind> kinds = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      boolean alone = (i == 0 || paragraphOf[i - 1] != paragraphOf[i])
          && (i + 1 == sentences.size() || paragraphOf[i + 1] != paragraphOf[i]);
      kinds.add(kind(document.text(sentences.get(i)), alone, capitalised));
    }
    return kinds;
  }

  /** The kind of a whole paragraph of cased text, as an extractor sees one block of a page. */
  public static SentenceKind paragraphKind(String paragraph) {
    return kind(paragraph, true, true);
  }

  /** The kind of one piece of text; {@code alone} when it is its paragraph's only sentence. */
  static SentenceKind kind(String text, boolean alone, boolean capitalised) {
    String t = text.strip();
    int words = countWords(t);
    if (words > SHORT) {
      return alone && words <= 40 && isBio(t) ? SentenceKind.BYLINE : SentenceKind.SENTENCE;
    }
    int letters = 0;
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        } else if (Character.isLowerCase(c)) {
          lower++;
        }
      }
    }
    if (t.length() <= 8 && LIST_MARKER.matcher(t).matches()) {
      return SentenceKind.LIST_MARKER;
    }
    if (letters == 0) {
      return words > 0 ? SentenceKind.NUMBER : SentenceKind.FURNITURE;
    }
    if (isUrls(t)) {
      return SentenceKind.URL;
    }
    String first = firstWord(t);
    boolean mayStartCaption = CAPTION_WORDS.contains(first) || t.charAt(0) == '('
        || t.charAt(0) == '©';
    if (mayStartCaption && CAPTION_START.matcher(t).lookingAt() || hasCreditAtEnd(t)) {
      return SentenceKind.CAPTION;
    }
    if (BYLINE_WORDS.contains(first) && BYLINE.matcher(t).matches() || alone && isBio(t)) {
      return SentenceKind.BYLINE;
    }
    if (isFurniture(t, words)) {
      return SentenceKind.FURNITURE;
    }
    // Letters without case (Korean, Chinese, ...) do not make a line all capitals.
    boolean allCaps = lower == 0 && upper >= 2 && upper * 2 >= letters && capitalised;
    if (allCaps && alone && (t.contains(",") || t.contains("(") || endsWithDash(t))
        && DATELINE.matcher(t).matches()) {
      return SentenceKind.DATELINE;
    }
    if (allCaps) {
      return SentenceKind.HEADING;
    }
    boolean ended = endsSentence(t);
    boolean leadIn = t.endsWith(":");
    if (capitalised && alone && words <= HEADING_WORDS && (!ended || leadIn)) {
      return SentenceKind.HEADING;
    }
    if (leadIn) {
      return SentenceKind.FRAGMENT;
    }
    if (capitalised && (!ended || Character.isLowerCase(firstLetter(t)))) {
      return SentenceKind.FRAGMENT;
    }
    if (words <= VERBLESS_WORDS && !hasVerbLikeWord(t)) {
      return SentenceKind.FRAGMENT;
    }
    return SentenceKind.SENTENCE;
  }

  private static boolean isBio(String t) {
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    return BIO.matcher(t).lookingAt() || (lower.contains("contributed") || lower.contains("follow"))
        && CREDIT_LINE.matcher(t).find();
  }

  /** Whether a photo credit ends the text; only its last chars are searched. */
  private static boolean hasCreditAtEnd(String t) {
    int from = Math.max(0, t.length() - CREDIT_TAIL);
    boolean maybe = false;
    for (String cue : CREDIT_CUES) {
      if (t.indexOf(cue, from) >= 0) {
        maybe = true;
        break;
      }
    }
    return maybe && CAPTION_END.matcher(t).region(from, t.length()).find();
  }

  private static final int CREDIT_TAIL = 60;
  /** Strings one of which every credit {@link #CAPTION_END} finds holds, in its usual case. */
  private static final String[] CREDIT_CUES = {"Getty", "getty", "GETTY", "AP", "ap)", "/ap",
      "Photo", "photo", "PHOTO", "Reuters/", "REUTERS/", "reuters/", "Shutterstock",
      "shutterstock", "iStock", "istock"};
  /** First words a byline may start with (see {@link #BYLINE}), to skip the pattern otherwise. */
  private static final Set<String> BYLINE_WORDS = Set.of("by", "written", "words", "story",
      "text", "posted", "published", "reported", "reporting", "edited", "editing", "compiled",
      "interview", "with", "from", "contributing", "additional", "contact", "author", "reporter",
      "source", "sources");

  /** First words a caption may start with (see {@link #CAPTION_START}). */
  private static final Set<String> CAPTION_WORDS = Set.of("main", "file", "top", "header",
      "featured", "cover", "photo", "photos", "image", "images", "picture", "pictures",
      "photograph", "photographs", "pictured", "video", "videos", "graphic", "graphics",
      "illustration", "illustrations", "caption", "captions", "credit", "credits", "courtesy");

  private static String firstWord(String t) {
    int end = 0;
    while (end < t.length() && Character.isLetter(t.charAt(end))) {
      end++;
    }
    return t.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static boolean isUrls(String t) {
    int space = 0;
    while (space < t.length() && !Character.isWhitespace(t.charAt(space))) {
      space++;
    }
    boolean urlLike = false;
    for (int i = 0; i < space && !urlLike; i++) {
      char c = t.charAt(i);
      urlLike = c == '.' || c == '@' || c == '#' || c == ':' || c == '/';
    }
    if (!urlLike) {
      return false;
    }
    int from = 0;
    var m = URL.matcher(t);
    while (from < t.length()) {
      m.region(from, t.length());
      if (!m.lookingAt() || m.end() == from) {
        return false;
      }
      from = m.end();
    }
    return true;
  }

  private static boolean isFurniture(String t, int words) {
    if (words > 12) {
      return false;
    }
    int from = 0;
    int to = t.length();
    while (from < to && FURNITURE_EDGE.indexOf(t.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && FURNITURE_EDGE.indexOf(t.charAt(to - 1)) >= 0) {
      to--;
    }
    String key = t.substring(from, to).toLowerCase(Locale.ROOT);
    return FURNITURE.contains(key) || FURNITURE_START.matcher(key).matches();
  }

  /** What may surround a furniture label: spaces, colons, arrows, dashes, bars. */
  private static final String FURNITURE_EDGE = " \t\n:.!›»>|→‹«<←-–—";

  /** Whether the piece ends as a sentence does, after closing quotes and brackets. */
  static boolean endsSentence(String t) {
    int i = t.length() - 1;
    while (i >= 0 && "\"'”’»)]".indexOf(t.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…:;".indexOf(t.charAt(i)) >= 0;
  }

  private static boolean endsWithDash(String t) {
    String s = t.strip();
    return s.endsWith("-") || s.endsWith("—") || s.endsWith("–");
  }

  private static char firstLetter(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return t.charAt(i);
      }
    }
    return 'A';
  }

  private static boolean hasVerbLikeWord(String t) {
    String lower = t.toLowerCase(Locale.ROOT).replace('’', '\'');
    int i = 0;
    while (i < lower.length()) {
      while (i < lower.length() && !Character.isLetter(lower.charAt(i)) && lower.charAt(i) != '\'') {
        i++;
      }
      int start = i;
      while (i < lower.length() && (Character.isLetter(lower.charAt(i)) || lower.charAt(i) == '\'')) {
        i++;
      }
      if (i > start && isVerbLike(lower.substring(start, i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerbLike(String raw) {
    if (CLITICS.contains(raw)) {
      return true;
    }
    String w = stripApostrophes(raw);
    if (w.length() > 3 && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("s")
        && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is"))) {
      return true;
    }
    return VERBS.contains(w) || w.endsWith("n't") || w.endsWith("'ll") || w.endsWith("'ve")
        || w.endsWith("'re") || w.endsWith("'d");
  }

  private static String stripApostrophes(String word) {
    int from = 0;
    int to = word.length();
    while (from < to && word.charAt(from) == '\'') {
      from++;
    }
    while (to > from && word.charAt(to - 1) == '\'') {
      to--;
    }
    return word.substring(from, to);
  }

  /** Whether the text uses capital letters at all (pre-tokenised corpora may be lower case). */
  private static boolean usesCapitals(String text) {
    int n = Math.min(text.length(), 5000);
    int upper = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper * 200 > n;
  }

  /** Words as {@code TextAnalyzer.countWords} counts them: runs holding a letter or digit. */
  static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    boolean counted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        inWord = false;
        continue;
      }
      if (!inWord) {
        inWord = true;
        counted = false;
      }
      if (!counted && isLetterOrDigit(c)) {
        words++;
        counted = true;
      }
    }
    return words;
  }

  // ASCII first: the Character look-ups cost more than the rest of the classifier.
  private static boolean isSpace(char c) {
    if (c < 128) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }
}
