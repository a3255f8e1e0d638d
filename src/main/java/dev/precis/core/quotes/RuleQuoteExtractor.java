package dev.precis.core.quotes;

import dev.precis.core.Chars;
import dev.precis.core.Document;
import dev.precis.core.Span;
import dev.precis.core.quotes.QuotationMarks.Region;
import dev.precis.core.quotes.SpeakerResolver.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds quotations with rules over OpenNLP tokens, POS tags and lemmas: quotation-mark pairs
 * give direct and partial quotes, cue verbs from {@code models/speech-verbs-en.txt} with
 * their subject give attributions and reported speech, and a {@link SpeakerResolver} turns
 * each speaker mention into the article's canonical name.
 *
 * <p>Only sentences that hold a quotation mark or a form of a cue verb are tagged; the rest
 * are read for names by capitalisation, which keeps a whole article to a few milliseconds.
 */
public final class RuleQuoteExtractor implements QuoteExtractor {
  public static final String NAME = "rules";
  /** Verbs whose first object is the listener, not the content ("told reporters that"). */
  private static final Set<String> LISTENER_VERBS =
      Set.of("tell", "inform", "ask", "warn", "assure", "remind", "urge", "caution");
  private static final Set<String> PASSIVE_AUX =
      Set.of("was", "were", "been", "being", "is", "are", "be", "'s", "’s");
  /** Adverbs and auxiliaries that may sit between a subject and its cue verb. */
  private static final Set<String> BETWEEN = Set.of("also", "reportedly", "later", "then",
      "has", "had", "have", "would", "will", "did", "does", "do", "may", "might", "could",
      "should", "once", "previously", "recently", "again", "further", "repeatedly", "not",
      "never", "often", "earlier");
  private static final Set<String> POSSESSIVES =
      Set.of("his", "her", "their", "its", "my", "our", "your");
  /** Words a tagger may take into a sentence-initial noun phrase ("But Smith said"). */
  private static final Set<String> LEADING_NOT_SUBJECT = Set.of("but", "and", "for", "so",
      "yet", "or", "then", "now", "also", "still", "however", "meanwhile", "instead", "what",
      "who", "when", "where", "how", "why", "which", "that", "while", "if", "because");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "so");
  /** Short words a title in title case leaves in lower case ("Gone With the Wind"). */
  private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "and",
      "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "but", "nor");
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "them");

  private static final Set<SpeechVerbs.Use> ANY_CUE = EnumSet.allOf(SpeechVerbs.Use.class);
  /** Tokens after a quote searched for a later cue ("“…” on X’s statehood, he said"). */
  private static final int LATER_REACH = 60;
  /** The longest reported clause, in tokens. */
  private static final int CONTENT_REACH = 200;
  /** Quotes wholly before a new indirect one checked before giving up on an overlap. */
  private static final int LOOK_BACK = 32;
  private static final Set<SpeechVerbs.Use> REPORTING =
      EnumSet.of(SpeechVerbs.Use.SPEECH, SpeechVerbs.Use.LABEL);

  private final Tagger tagger;
  private final SpeechVerbs verbs;
  private final Titles titles;
  private final NameNoise noise;
  /** MODEL HOOK: a trained judge of reported-speech cues, or null for the rules alone. */
  private final CueJudge judge;

  public RuleQuoteExtractor(Tagger tagger, SpeechVerbs verbs, Titles titles, NameNoise noise) {
    this(tagger, verbs, titles, noise, null);
  }

  /** The rules with {@code judge} (may be null) deciding which words cue reported speech. */
  public RuleQuoteExtractor(Tagger tagger, SpeechVerbs verbs, Titles titles, NameNoise noise,
      CueJudge judge) {
    this.tagger = tagger;
    this.verbs = verbs;
    this.titles = titles;
    this.noise = noise;
    this.judge = judge;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Quote> extract(Document document) {
    return new Run(document).extract();
  }

  /** Who said a quote, where, with which cue; any part may be missing. */
  private record Attribution(Span cue, Span mention, Speaker speaker, int end) {
    String name() {
      return speaker == null ? null : speaker.name();
    }
  }

  /** The work on one document; not shared between threads. */
  private final class Run {
    private final String text;
    private final List<Span> sentences;
    private final int[] paragraphOf;
    private final Tagger.Instance tagging = tagger.open();
    private final TaggedSentence[] tagged;
    private final boolean[] candidate;
    private final boolean[] marked;
    private final List<Region> regions;
    private final List<Span> masks;
    private final SpeakerResolver resolver = new SpeakerResolver(titles, noise);
    private final List<Quote> quotes = new ArrayList<>();
    private Quote lastQuoted;
    private int lastQuotedParagraph = -10;

    Run(Document document) {
      this.text = document.text();
      this.sentences = document.sentences();
      this.paragraphOf = document.sentenceParagraphs();
      this.tagged = new TaggedSentence[sentences.size()];
      this.regions = QuotationMarks.find(text, document.paragraphs());
      this.masks = new ArrayList<>();
      for (Region r : regions) {
        masks.addAll(r.parts());
      }
      this.candidate = new boolean[sentences.size()];
      this.marked = new boolean[sentences.size()];
      for (int i = 0; i < sentences.size(); i++) {
        candidate[i] = mayReport(sentences.get(i));
      }
      for (Region r : regions) {
        marked[sentenceAt(r.open())] = true; // attribution is looked for around the marks
        marked[sentenceAt(Math.max(r.open(), r.end() - 1))] = true;
      }
    }

    List<Quote> extract() {
      resolver.learnAcronyms(text);
      for (int i = 0; i < sentences.size(); i++) {
        resolver.scan(words(i));
      }
      int r = 0;
      for (int i = 0; i < sentences.size(); i++) {
        Span sentence = sentences.get(i);
        while (r < regions.size() && regions.get(r).open() < sentence.end()) {
          r = quoteAt(r);
        }
        if (candidate[i]) {
          reportedSpeech(i);
        }
      }
      quotes.sort(Comparator.comparing(Quote::span));
      return List.copyOf(quotes);
    }

    // ---- direct and partial quotes -------------------------------------------------------

    /** Handles region {@code r} (and the one after it when the attribution interrupts). */
    private int quoteAt(int r) {
      Region region = regions.get(r);
      int so = sentenceAt(region.open());
      int sc = sentenceAt(Math.max(region.open(), region.end() - 1));
      Attribution a = region.unclosed() ? null : after(sc, region.end());
      boolean interrupted = false;
      int next = r + 1;
      if (a != null && next < regions.size()) {
        Region following = regions.get(next);
        String gap = text.substring(Math.min(a.end(), following.open()), following.open()).strip();
        if ((gap.equals(",") || gap.equals(":")) && paragraphAt(following.open()) == paragraphAt(region.end())) {
          region = merge(region, following);
          next++;
          interrupted = true;
        }
      }
      if (a == null) {
        a = before(so, region.open());
      }
      char lead = charBefore(sentences.get(so).start(), region.open());
      boolean direct = lead == 0 || lead == ':' || lead == ',' || interrupted;
      if (a == null) {
        a = later(sc, region.end());
      }
      if (a == null && direct) {
        a = colonBefore(so);
      }
      int paragraph = paragraphAt(region.open());
      if (a == null && direct && lastQuoted != null && lastQuoted.speaker() != null
          && paragraph - lastQuotedParagraph <= 2) {
        // A quote paragraph after an attributed one goes on with the same speaker, named where
        // the earlier quote named them.
        Speaker same = lastQuoted.speakerDetail();
        a = new Attribution(null, lastQuoted.speakerMention(),
            same.at(same.mention(), Math.min(same.confidence(), 0.6)), -1);
      }
      String inside = region.inner().slice(text);
      int wordCount = inside.split("\\s+").length;
      if (!direct && a == null && wordCount >= 4 && !(wordCount <= 8 && isTitleCase(inside))) {
        // "Trump attacked “the hateful ideology …”"; not "He starred in “Gone With the Wind”"
        a = subjectOf(so, region.open());
      }
      if (!direct && (a == null && wordCount < 8 || wordCount <= 4 && isTitleCase(inside))) {
        return next; // a title or scare quote: a short fragment nothing attributes
      }
      Span content = region.inner();
      if (!direct && a != null && a.cue() != null && a.cue().end() <= region.open()) {
        content = clauseAfter(so, a.cue(), region.inner());
      } else if (!direct && a != null && a.cue() != null && a.cue().start() >= region.end()
          && sentenceAt(a.cue().start()) == so) {
        content = clauseBefore(so, a, region.inner()); // Mills “got a deal,” Jordan said
      }
      Quote quote = new Quote(direct ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL, region.inner(),
          region.parts(), content, a == null ? null : a.cue(),
          a == null ? null : a.mention(), a == null ? null : a.name(), region.unclosed(),
          a == null ? null : a.speaker());
      quotes.add(quote);
      if (quote.speaker() != null) {
        lastQuoted = quote;
        lastQuotedParagraph = paragraphAt(region.end() - 1);
      }
      return next;
    }

    /**
     * The reporter's clause that carries a partial quote: from after its cue to the end of
     * the sentence (before any trailing attribution), when it holds the quote.
     */
    private Span clauseAfter(int si, Span cue, Span quote) {
      TaggedSentence s = tagged(si);
      int from = s.tokenAtOrAfter(cue.end());
      int last = s.size();
      while (last > from && s.is(last - 1, "PUNCT") && !isQuoteToken(s, last - 1)) {
        last--;
      }
      if (from >= last) {
        return quote;
      }
      int to = cutTrailing(s, from, last);
      Span clause = new Span(s.tokens()[from].start(), s.tokens()[Math.max(from, to - 1)].end());
      return clause.contains(quote) ? clause : quote;
    }

    /**
     * The reporter's clause around a partial quote attributed after it: the sentence up to
     * the comma before the attribution, or all of it when the attribution sits in between.
     */
    private Span clauseBefore(int si, Attribution a, Span quote) {
      TaggedSentence s = tagged(si);
      int from = 0;
      while (from < s.size() && s.is(from, "PUNCT") && !isQuoteToken(s, from)) {
        from++;
      }
      int last = s.size();
      while (last > from && s.is(last - 1, "PUNCT") && !isQuoteToken(s, last - 1)) {
        last--;
      }
      int attribution = s.tokenAtOrAfter(Math.min(a.cue().start(),
          a.mention() == null ? a.cue().start() : a.mention().start()));
      int end = attribution > from && s.words()[attribution - 1].equals(",")
          ? attribution - 1 : attribution;
      int after = s.tokenAtOrAfter(a.end());
      if (after < last && s.words()[after].equals(",")) {
        end = last; // the attribution interrupts the sentence
      }
      if (end <= from) {
        return quote;
      }
      Span clause = new Span(s.tokens()[from].start(), s.tokens()[end - 1].end());
      return clause.contains(quote) ? clause : quote;
    }

    private boolean isTitleCase(String words) {
      String[] split = words.split("\\s+");
      for (int k = 0; k < split.length; k++) {
        String w = split[k];
        boolean small = k > 0 && TITLE_SMALL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT));
        if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))
            && !small) {
          return false;
        }
      }
      return true;
    }

    private Region merge(Region first, Region second) {
      List<Span> parts = new ArrayList<>(first.parts());
      parts.addAll(second.parts());
      return new Region(first.open(), second.end(), parts, second.unclosed());
    }

    /** "“…,” he said" / "“…,” said Smith": the attribution right after a closing mark. */
    private Attribution after(int si, int offset) {
      TaggedSentence s = tagged(si);
      int t = s.tokenAtOrAfter(offset);
      while (t < s.size() && (s.words()[t].equals(",") || isQuoteToken(s, t))) {
        t++;
      }
      if (t >= s.size()) {
        // '…harder?" Michael Every said': the splitter may have cut after the closing mark.
        if (si + 1 >= sentences.size() || paragraphOf[si + 1] != paragraphOf[si]
            || offset < s.sentence().end()) {
          return null;
        }
        s = tagged(si + 1);
        t = 0;
        if (s.size() == 0 || isQuoteToken(s, 0)) {
          return null;
        }
      }
      if (isCueAfterQuote(s, t)) {
        int[] np = nounPhraseRight(s, t + 1);
        return np == null ? null : attribution(s, t, t + 1, np);
      }
      int k = t;
      while (k < s.size() && isNounPhraseTag(s, k) && k - t < 8
          && !(k > t && verbs.isForm(s.lower(k)))) {
        k++;
      }
      if (k == t) {
        return null;
      }
      int[] np = {t, k};
      int v = skipBetween(s, skipParenthesis(s, k));
      if (v < s.size() && isCueAfterQuote(s, v)) {
        return attribution(s, v, v + 1, np);
      }
      if (k < s.size() && s.words()[k].equals(",")) {
        for (int c = k + 1; c < Math.min(s.size(), k + 25); c++) {
          if (s.words()[c - 1].equals(",") && isCue(s, c, ANY_CUE)) {
            return attribution(s, c, c + 1, np); // "Smith, a senior analyst at X, said"
          }
        }
      }
      return null;
    }

    /** "He said: “…”", "He described “…”": the nearest cue before an opening mark. */
    private Attribution before(int si, int offset) {
      TaggedSentence s = tagged(si);
      int e = s.tokenEndingBy(offset);
      for (int c = e; c >= 0 && c >= e - 20; c--) {
        if (insideRegion(s.tokens()[c].start())) {
          return null;
        }
        Attribution a = cueAt(s, c);
        if (a != null) {
          return a;
        }
      }
      return null;
    }

    /** "“…” on Kazakhstan’s statehood, he said": a cue later in the quote's sentence. */
    private Attribution later(int si, int offset) {
      TaggedSentence s = tagged(si);
      int from = s.tokenAtOrAfter(offset);
      for (int c = from; c < Math.min(s.size(), from + LATER_REACH); c++) {
        if (insideRegion(s.tokens()[c].start())) {
          continue;
        }
        Attribution a = cueAt(s, c);
        if (a != null && (a.mention() == null || a.mention().start() >= offset)) {
          return a;
        }
      }
      return null;
    }

    /** "Smith said:" ending the sentence before a quote. */
    private Attribution colonBefore(int si) {
      if (si == 0 || !text.substring(0, sentences.get(si - 1).end()).endsWith(":")) {
        return null;
      }
      TaggedSentence s = tagged(si - 1);
      for (int c = s.size() - 1; c >= 0; c--) {
        Attribution a = cueAt(s, c);
        if (a != null) {
          return a;
        }
      }
      // "Sanders made the following comment:" introduces the quote without a cue verb.
      int[] subject = sentenceSubject(s, s.size());
      if (subject == null || !isNamed(s, subject[1] - 1)) {
        return null;
      }
      Span mention = tokenSpan(s, subject[0], subject[1]);
      List<Word> words = words(s, subject[0], subject[1]);
      Speaker speaker = resolver.resolve(words, mention.start());
      resolver.spoke(mention.start(), speaker, words);
      return new Attribution(null, mention, speaker, mention.end());
    }

    /** The attribution whose cue is token {@code c} ("said", "according to"), or null. */
    private Attribution cueAt(TaggedSentence s, int c) {
      if (s.lower(c).equals("according") && s.lower(c + 1).equals("to")) {
        int[] np = nounPhraseRight(s, c + 2);
        return np == null ? null : attribution(s, c, c + 2, np);
      }
      if (c == 0 && isCueAfterQuote(s, c) && s.is(1, "PROPN")) {
        int[] np = nounPhraseRight(s, 1);
        if (np != null) {
          return attribution(s, c, c + 1, np); // "Said Ellis: “…”"
        }
      }
      if (!isCue(s, c, ANY_CUE)) {
        return null;
      }
      int[] subject = subjectLeft(s, c);
      if (subject == null && c > 0 && s.words()[c - 1].equals(",")) {
        subject = previousCueSubject(s, c); // "Sanders said, suggesting …, “…”"
      }
      if (subject == null && c > 0 && (s.is(c - 1, "CCONJ") || s.lower(c).endsWith("ing"))) {
        subject = sentenceSubject(s, c); // "IRCC …, but said “…”", "… before asking her, “…”"
        if (subject == null) {
          subject = previousCueSubject(s, c); // "X sings to Y before asking her, “…”"
        }
      }
      if (subject == null && (c == 0 || s.words()[c - 1].equals(","))) {
        int[] np = nounPhraseRight(s, c + 1);
        if (np != null && s.is(np[1] - 1, "PROPN")) {
          return attribution(s, c, c + 1, np); // inverted: "…, said Smith"
        }
      }
      return attribution(s, c, c + 1, subject);
    }

    private Attribution attribution(TaggedSentence s, int cueFrom, int cueTo, int[] np) {
      if (s.lower(cueTo).equals("out") && s.lower(cueFrom).startsWith("point")) {
        cueTo++; // "pointed out"
      }
      Span cue = new Span(s.tokens()[cueFrom].start(), s.tokens()[cueTo - 1].end());
      if (np == null) {
        return new Attribution(cue, null, null, cue.end());
      }
      Span mention = new Span(s.tokens()[np[0]].start(), s.tokens()[np[1] - 1].end());
      List<Word> words = words(s, np[0], np[1]);
      Speaker speaker = resolver.resolve(words, mention.start());
      resolver.spoke(mention.start(), speaker, words);
      return new Attribution(cue, mention, speaker, Math.max(cue.end(), mention.end()));
    }

    // ---- reported speech -----------------------------------------------------------------

    private void reportedSpeech(int si) {
      TaggedSentence s = tagged(si);
      int last = s.size();
      while (last > 0 && s.is(last - 1, "PUNCT") && !isQuoteToken(s, last - 1)) {
        last--;
      }
      int[] previousSubject = null;
      for (int c = 0; c < last; c++) {
        if (insideRegion(s.tokens()[c].start())) {
          continue;
        }
        if (s.lower(c).equals("according") && s.lower(c + 1).equals("to")) {
          according(s, c, last);
          continue;
        }
        if (!judgedCue(s, c)) {
          continue;
        }
        int[] subject = subjectLeft(s, c);
        boolean chained = subject == null && c > 0
            && (s.words()[c - 1].equals(",") || s.is(c - 1, "CCONJ"));
        if (chained && s.words()[c - 1].equals(",")) {
          int[] np = nounPhraseRight(s, c + 1);
          if (np != null && s.is(np[1] - 1, "PROPN") && (np[1] >= last || s.words()[np[1]].equals(","))
              && c - 1 - firstContentToken(s) >= 3) {
            addIndirect(tokenSpan(s, firstContentToken(s), c - 1), attribution(s, c, c + 1, np));
            continue; // "…, said Smith."
          }
        }
        if (chained) {
          subject = previousSubject != null ? previousSubject : sentenceSubject(s, c);
        }
        if (subject == null) {
          continue;
        }
        previousSubject = subject;
        int[] content = contentOf(s, c, subject, last);
        if (content == null) {
          continue;
        }
        boolean label = verbs.use(tagging.lemma(s, c)) == SpeechVerbs.Use.LABEL;
        Span span = new Span(s.tokens()[content[0]].start(), s.tokens()[content[1] - 1].end());
        if (label && !containsRegion(span)) {
          continue; // "described X as Y" is reported speech only around a quote
        }
        addIndirect(span, attribution(s, c, c + 1, subject));
      }
    }

    /** MODEL HOOK: the rules' verdict on a reported-speech cue, or the judge's when there is one. */
    private boolean judgedCue(TaggedSentence s, int c) {
      boolean cue = isCue(s, c, REPORTING);
      if (judge == null || s.is(c, TaggedSentence.UNTAGGED) || !cue && !judge.mayBeCue(s.lower(c))) {
        return cue;
      }
      return judge.isCue(s, c, tagging.lemma(s, c), cue);
    }

    private void according(TaggedSentence s, int c, int last) {
      int[] np = nounPhraseRight(s, c + 2);
      if (np == null) {
        return;
      }
      int[] content = null;
      if (np[1] < last && s.words()[np[1]].equals(",") && onlyLeadBefore(s, c)) {
        content = new int[] {np[1] + 1, cutTrailing(s, np[1] + 1, last)};
      } else if (c > 0 && s.words()[c - 1].equals(",")) {
        content = new int[] {firstContentToken(s), c - 1};
      }
      if (content != null && content[1] - content[0] >= 3) {
        Span span = new Span(s.tokens()[content[0]].start(), s.tokens()[content[1] - 1].end());
        addIndirect(span, attribution(s, c, c + 2, np));
      }
    }

    /** The reported content of cue {@code c}, as token indices {@code [from, to)}, or null. */
    private int[] contentOf(TaggedSentence s, int c, int[] subject, int last) {
      int beforeSubject = subject[0] - 1;
      boolean as = s.lower(beforeSubject).equals("as");
      if (as && c + 1 < last && s.words()[c + 1].equals(",")) {
        return span(c + 2, cutTrailing(s, c + 2, last)); // "As he said, …"
      }
      boolean commaBefore = beforeSubject >= 0 && s.words()[beforeSubject].equals(",");
      if (commaBefore && c + 2 < last && s.words()[c + 1].equals(",")
          && !isCue(s, c + 2, ANY_CUE) && last - c > 4) {
        return span(firstContentToken(s), last); // "Though …, he said, replacing her …"
      }
      if (commaBefore && (c + 1 >= last || s.words()[c + 1].equals(",") || trailingAdjunct(s, c + 1, last))) {
        return span(firstContentToken(s), beforeSubject); // "…, the ministry said."
      }
      int k = c + 1;
      if (s.lower(k).equals("out") && s.lower(c).startsWith("point")) {
        k++;
      }
      String lemma = tagging.lemma(s, c);
      if (LISTENER_VERBS.contains(lemma)) {
        int[] listener = nounPhraseRight(s, k);
        if (listener != null) {
          k = listener[1];
        }
      }
      for (int t = k; t < Math.min(last, k + 10); t++) {
        if (s.lower(t).equals("that") && (t == k || !s.is(t - 1, "NOUN"))) {
          k = t;
          break;
        }
        if (isCue(s, t, ANY_CUE)) {
          break;
        }
      }
      if (k >= last || s.words()[k].equals(",") || s.words()[k].equals(":")
          || isQuoteToken(s, k) && !s.lower(k - 1).equals("that")) {
        return null;
      }
      if (s.is(k, "ADP") && !s.lower(k).equals("that")) {
        return null; // "said in a statement." with no clause after it
      }
      int end = cutTrailing(s, k, last);
      return end - k >= 3 ? span(k, end) : null;
    }

    private Span tokenSpan(TaggedSentence s, int from, int to) {
      return new Span(s.tokens()[from].start(), s.tokens()[to - 1].end());
    }

    private int[] span(int from, int to) {
      return to - from >= 3 ? new int[] {from, to} : null;
    }

    /** Whether tokens {@code [k, last)} are only a time or place adjunct ("on Monday"). */
    private boolean trailingAdjunct(TaggedSentence s, int k, int last) {
      if (k >= last || !s.is(k, "ADP") && !s.is(k, "NOUN") && !s.is(k, "PROPN")) {
        return false;
      }
      for (int t = k; t < last; t++) {
        if (s.lower(t).equals("that") || s.is(t, "VERB")) {
          return false;
        }
      }
      return last - k <= 6;
    }

    /** Where the content from {@code from} ends: before a trailing attribution or a next cue. */
    private int cutTrailing(TaggedSentence s, int from, int last) {
      if (last - from > CONTENT_REACH) {
        last = from + CONTENT_REACH; // no reported clause runs this long: keeps it linear
      }
      for (int t = from + 1; t < last; t++) {
        if (insideRegion(s.tokens()[t].start())) {
          continue;
        }
        boolean comma = s.words()[t].equals(",");
        if (s.words()[t].equals(";")) {
          return t;
        }
        if (comma && s.lower(t + 1).equals("according") && s.lower(t + 2).equals("to")) {
          return t;
        }
        if ((comma || s.is(t, "CCONJ")) && isCue(s, t + 1, ANY_CUE)) {
          return t; // "…, noting that …" / "… and reaffirmed …": a new cue's content
        }
        if (comma) {
          int[] np = null;
          int k = t + 1;
          while (k < last && isNounPhraseTag(s, k) && k - t <= 6) {
            k++;
          }
          if (k > t + 1) {
            np = new int[] {t + 1, k};
          }
          int v = skipBetween(s, k);
          if (np != null && v < s.size() && isCue(s, v, ANY_CUE)
              && (v + 1 >= last || s.words()[v + 1].equals(","))) {
            return t; // "…, he said."
          }
        }
      }
      return last;
    }

    private boolean onlyLeadBefore(TaggedSentence s, int c) {
      for (int t = 0; t < c; t++) {
        if (!s.is(t, "ADV") && !s.is(t, "PUNCT") && !s.is(t, "CCONJ")) {
          return false;
        }
      }
      return true;
    }

    private int firstContentToken(TaggedSentence s) {
      int t = 0;
      while (t < s.size() && (isQuoteToken(s, t) || s.is(t, "PUNCT"))) {
        t++;
      }
      return t;
    }

    private void addIndirect(Span span, Attribution a) {
      int before = 0;
      // Quotes come in text order, near enough: only the last ones can overlap this span.
      for (int q = quotes.size() - 1; q >= 0 && before < LOOK_BACK; q--) {
        Quote other = quotes.get(q);
        if (other.span().end() <= span.start() && other.content().end() <= span.start()) {
          before++;
          continue;
        }
        if (span.contains(other.span()) && other.kind() != Quote.Kind.INDIRECT) {
          // A quote inside reported speech: one quotation, reported as partial, whose content
          // is the whole reported clause.
          Quote merged = other.withKind(Quote.Kind.PARTIAL).withContent(span);
          if (other.speaker() == null) {
            merged = new Quote(merged.kind(), merged.span(), merged.parts(), merged.content(),
                a.cue(), a.mention(), a.name(), merged.unclosed(), a.speaker());
          }
          quotes.set(q, merged);
          return;
        }
        if (overlaps(span, other.content())) {
          return;
        }
      }
      quotes.add(new Quote(Quote.Kind.INDIRECT, span, List.of(span), span, a.cue(),
          a.mention(), a.name(), false, a.speaker()));
    }

    // ---- tokens and phrases --------------------------------------------------------------

    private boolean isCue(TaggedSentence s, int i, Set<SpeechVerbs.Use> uses) {
      if (i < 0 || i >= s.size() || !s.is(i, "VERB") || !verbs.isForm(s.lower(i))) {
        return false;
      }
      SpeechVerbs.Use use = verbs.use(tagging.lemma(s, i));
      if (use == null || !uses.contains(use)) {
        return false;
      }
      if (tagging.lemma(s, i).equals("point") && !s.lower(i + 1).equals("out")) {
        return false;
      }
      if (i > 0 && (DETERMINERS.contains(s.lower(i - 1))
          || s.words()[i - 1].equals("-") && s.tokens()[i - 1].end() == s.tokens()[i].start())) {
        return false; // "an estimated 276 girls", "the so-called …": an adjective, not a cue
      }
      int p = i - 1;
      while (p >= 0 && s.is(p, "ADV")) {
        p--;
      }
      return p < 0 || !PASSIVE_AUX.contains(s.lower(p)) || s.lower(i).endsWith("ing");
    }

    /**
     * A cue right after a closing quotation mark and a short name ("“…,” Blige sings"): there
     * the word is the verb whatever tag the tagger gave it.
     */
    private boolean isCueAfterQuote(TaggedSentence s, int i) {
      if (isCue(s, i, ANY_CUE)) {
        return true;
      }
      String lemma = i < s.size() ? verbs.lemmaOfForm(s.lower(i)) : null;
      return lemma != null && !lemma.equals("point")
          && (s.is(i, "NOUN") || s.is(i, "VERB") || i == 0 && s.is(i, "PROPN"));
    }

    /** The subject noun phrase left of cue {@code c}, as {@code [from, to)}, or null. */
    private int[] subjectLeft(TaggedSentence s, int c) {
      int j = c - 1;
      while (j >= 0 && (s.is(j, "ADV") || s.is(j, "AUX") || BETWEEN.contains(s.lower(j)))) {
        j--;
      }
      if (j >= 0 && s.words()[j].equals(")")) {
        int open = j;
        while (open > 0 && !s.words()[open].equals("(") && j - open < 8) {
          open--;
        }
        j = s.words()[open].equals("(") ? open - 1 : j; // "Jason Chaffetz (R-Utah) said"
      }
      if (j >= 0 && s.words()[j].equals(",")) {
        j = beforeParenthetical(s, j);
      }
      if (j == 0 && Character.isUpperCase(s.words()[0].charAt(0)) && !s.is(0, "PRON")
          && !s.is(0, "DET") && !LEADING_NOT_SUBJECT.contains(s.lower(0))) {
        return new int[] {0, 1}; // a surname opening the sentence, whatever its tag ("Reyes added")
      }
      if (j < 0 || !isNounPhraseTag(s, j) || isQuoteToken(s, j)
          || insideRegion(s.tokens()[j].start())) {
        return null;
      }
      int start = j;
      while (start > 0 && isNounPhraseTag(s, start - 1) && !insideRegion(s.tokens()[start - 1].start())
          && j - start < 10) {
        start--;
      }
      while (start < j && (s.is(start, "CCONJ") || s.is(start, "ADP")
          || LEADING_NOT_SUBJECT.contains(s.lower(start)))) {
        start++;
      }
      if (s.is(j, "PRON") && !PRONOUNS.contains(s.lower(j))) {
        return null; // "which said", "who told"
      }
      return new int[] {start, j + 1};
    }

    /** The person a sentence is about, as the speaker of a partial quote with no cue. */
    private Attribution subjectOf(int si, int before) {
      TaggedSentence s = tagged(si);
      int[] subject = sentenceSubject(s, s.tokenAtOrAfter(before));
      if (subject == null || !s.is(subject[1] - 1, "PROPN") && !s.is(subject[1] - 1, "PRON")
          || s.lower(subject[1] - 1).equals("it")) {
        return null; // "It called it “…”" is too vague to make a fragment a quote
      }
      Span mention = tokenSpan(s, subject[0], subject[1]);
      List<Word> words = words(s, subject[0], subject[1]);
      Speaker speaker = resolver.resolve(words, mention.start());
      return speaker == null ? null : new Attribution(null, mention, speaker, mention.end());
    }

    /** Whether token {@code i} names someone: a name (the tagger may call it a noun) or a pronoun. */
    private boolean isNamed(TaggedSentence s, int i) {
      return s.is(i, "PROPN") || s.is(i, "PRON")
          || s.is(i, "NOUN") && Character.isUpperCase(s.words()[i].charAt(0));
    }

    /** The subject of the nearest cue before {@code c} that has one. */
    private int[] previousCueSubject(TaggedSentence s, int c) {
      for (int k = c - 1; k >= 0; k--) {
        if (!insideRegion(s.tokens()[k].start()) && isCueAfterQuote(s, k)) {
          int[] subject = subjectLeft(s, k);
          if (subject != null) {
            return subject;
          }
        }
      }
      return null;
    }

    /** The subject of the sentence's first verb before {@code c}, for a conjoined cue. */
    private int[] sentenceSubject(TaggedSentence s, int c) {
      for (int v = 1; v < c; v++) {
        if (s.is(v, "VERB") || s.is(v, "AUX")) {
          int[] subject = subjectLeft(s, v);
          return subject != null && !s.is(subject[1] - 1, "PRON") || subject != null
              && PRONOUNS.contains(s.lower(subject[1] - 1)) ? subject : null;
        }
      }
      return null;
    }

    /** Skips ", a senior analyst," / ", who led the party," back to the noun phrase before. */
    private int beforeParenthetical(TaggedSentence s, int comma) {
      for (int k = comma - 1; k > 0 && k > comma - 25; k--) {
        if (s.words()[k].equals(",")) {
          String first = s.lower(k + 1);
          boolean who = first.equals("who") || first.equals("whose");
          boolean parenthetical = who || s.is(k + 1, "DET") || s.is(k + 1, "ADJ")
              || s.is(k + 1, "NOUN") || s.is(k + 1, "NUM")
              || s.is(k + 1, "PROPN") && comma - k <= 5; // "Jim Eglinski, Yellowhead MP, said"
          for (int t = k + 1; t < comma && !who; t++) {
            parenthetical &= !s.is(t, "VERB") && !s.is(t, "AUX"); // an appositive has no verb
          }
          return parenthetical && s.is(k - 1, "PROPN") ? k - 1 : -1;
        }
      }
      return -1;
    }

    /** The noun phrase that starts at {@code from}, or null. */
    private int[] nounPhraseRight(TaggedSentence s, int from) {
      int k = from;
      while (k < s.size() && isNounPhraseTag(s, k) && !insideRegion(s.tokens()[k].start())
          && k - from < 12) {
        k++;
      }
      while (k > from && (s.is(k - 1, "CCONJ") || s.is(k - 1, "ADP") || s.is(k - 1, "DET"))) {
        k--;
      }
      for (int t = from; t < k; t++) {
        if (s.is(t, "PROPN") || s.is(t, "NOUN") || s.is(t, "PRON")) {
          return new int[] {from, k};
        }
      }
      return null;
    }

    private boolean isNounPhraseTag(TaggedSentence s, int i) {
      if (i < 0 || i >= s.size()) {
        return false;
      }
      String tag = s.tags()[i];
      String w = s.lower(i);
      if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")) {
        return i > 0 && (s.is(i - 1, "NOUN") || s.is(i - 1, "PROPN")); // a possessive
      }
      switch (tag) {
        case "PROPN": case "NOUN": case "ADJ": case "DET": case "NUM":
          return true;
        case "PRON":
          return POSSESSIVES.contains(w) || PRONOUNS.contains(w) && !isNounPhraseTag(s, i - 1);
        case "PUNCT":
          return s.words()[i].equals("-") || s.words()[i].equals(".") && s.is(i - 1, "PROPN")
              && s.is(i + 1, "PROPN");
        case "CCONJ":
          return s.lower(i).equals("and") && (s.is(i - 1, "PROPN") && s.is(i + 1, "PROPN")
              || s.is(i - 1, "NOUN") && s.is(i + 1, "NOUN"));
        case "ADP":
          return (s.lower(i).equals("of") || s.lower(i).equals("for"))
              && (s.is(i - 1, "NOUN") || s.is(i - 1, "PROPN"))
              && (s.is(i + 1, "DET") || s.is(i + 1, "PROPN"));
        default:
          return false;
      }
    }

    /** The index after a short "( … )" at {@code k}, or {@code k}. */
    private int skipParenthesis(TaggedSentence s, int k) {
      if (k < s.size() && s.words()[k].equals("(")) {
        for (int t = k + 1; t < Math.min(s.size(), k + 8); t++) {
          if (s.words()[t].equals(")")) {
            return t + 1;
          }
        }
      }
      return k;
    }

    private int skipBetween(TaggedSentence s, int k) {
      while (k < s.size() && (s.is(k, "ADV") || s.is(k, "AUX") || BETWEEN.contains(s.lower(k)))) {
        k++;
      }
      return k;
    }

    private boolean isQuoteToken(TaggedSentence s, int i) {
      String w = s.words()[i];
      return w.length() == 1 && QuotationMarks.isQuoteChar(w.charAt(0))
          || w.equals("''") || w.equals("``") || w.equals("’’") || w.equals("‘‘");
    }

    private boolean insideRegion(int offset) {
      int lo = 0;
      int hi = regions.size() - 1;
      int found = -1;
      while (lo <= hi) { // the last region opening before offset
        int mid = (lo + hi) >>> 1;
        if (regions.get(mid).open() < offset) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      if (found < 0) {
        return false;
      }
      Region r = regions.get(found);
      return offset < r.end() - (r.unclosed() ? 0 : 1);
    }

    private boolean containsRegion(Span span) {
      int lo = 0;
      int hi = regions.size();
      while (lo < hi) { // the first region whose text starts at or after the span
        int mid = (lo + hi) >>> 1;
        if (regions.get(mid).inner().start() >= span.start()) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo < regions.size() && span.contains(regions.get(lo).inner());
    }

    /** The last non-space character in {@code [from, to)}, or 0 when there is none. */
    private char charBefore(int from, int to) {
      for (int i = to - 1; i >= from; i--) {
        if (!Chars.isSpace(text.charAt(i))) {
          return text.charAt(i);
        }
      }
      return 0;
    }

    /** The masks (quotation parts) that overlap {@code sentence}, found by binary search. */
    private List<Span> masksIn(Span sentence) {
      int lo = 0;
      int hi = masks.size();
      while (lo < hi) { // the first mask ending after the sentence starts
        int mid = (lo + hi) >>> 1;
        if (masks.get(mid).end() > sentence.start()) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      int to = lo;
      while (to < masks.size() && masks.get(to).start() < sentence.end()) {
        to++;
      }
      return masks.subList(lo, to);
    }

    private static boolean overlaps(Span a, Span b) {
      return a.start() < b.end() && b.start() < a.end();
    }

    // ---- sentences -----------------------------------------------------------------------

    /**
     * Whether a sentence may hold reported speech: a cue verb form of speech (not inside
     * quotation marks, in lower case unless it opens the sentence) or "according".
     */
    private boolean mayReport(Span sentence) {
      int i = sentence.start();
      while (i < sentence.end()) {
        if (!Character.isLetter(text.charAt(i))) {
          i++;
          continue;
        }
        int end = i;
        while (end < sentence.end() && Character.isLetter(text.charAt(end))) {
          end++;
        }
        boolean lower = Character.isLowerCase(text.charAt(i)) || i == sentence.start();
        if (lower && !insideRegion(i)) {
          String word = text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
          String lemma = verbs.lemmaOfForm(word);
          SpeechVerbs.Use use = lemma == null ? null : verbs.use(lemma);
          if (use == SpeechVerbs.Use.SPEECH || use == SpeechVerbs.Use.LABEL
              || word.equals("according") || judge != null && judge.mayBeCue(word)) {
            return true;
          }
        }
        i = end;
      }
      return false;
    }

    /**
     * Where a sentence stops needing tags: a dozen words after its last cue verb form or
     * closing quotation mark, which covers an attribution's subject, listener and "that"; the
     * reported clause after that is only cut at punctuation and further cues.
     */
    private int tagUntil(Span sentence) {
      int lastCue = -1;
      int i = sentence.start();
      while (i < sentence.end()) {
        if (!Character.isLetter(text.charAt(i))) {
          i++;
          continue;
        }
        int end = i;
        while (end < sentence.end() && Character.isLetter(text.charAt(end))) {
          end++;
        }
        String word = text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
        if (verbs.isForm(word) || word.equals("according")
            || judge != null && judge.mayBeCue(word)) {
          lastCue = end;
        }
        i = end;
      }
      for (Span m : masksIn(sentence)) { // attribution is looked for around the marks too
        if (m.end() > sentence.start() && m.start() < sentence.end()) {
          lastCue = Math.max(lastCue, Math.min(m.end() + 1, sentence.end()));
        }
      }
      if (lastCue < 0) {
        return sentence.end();
      }
      int words = 0;
      int k = lastCue;
      while (k < sentence.end() && words < 12) {
        while (k < sentence.end() && Chars.isSpace(text.charAt(k))) {
          k++;
        }
        while (k < sentence.end() && !Chars.isSpace(text.charAt(k))) {
          k++;
        }
        words++;
      }
      return k;
    }

    private TaggedSentence tagged(int i) {
      if (tagged[i] == null) {
        Span sentence = sentences.get(i);
        int until = tagUntil(sentence);
        tagged[i] = tagging.tag(text, sentence, masksIn(sentence), until);
      }
      return tagged[i];
    }

    /** The words of sentence {@code i}: tagged when it is a candidate, else by spaces. */
    private List<Word> words(int i) {
      if (candidate[i] || marked[i]) { // tagged anyway: read names from the tags
        TaggedSentence s = tagged(i);
        return words(s, 0, s.size());
      }
      Span sentence = sentences.get(i);
      List<Word> result = new ArrayList<>();
      int k = sentence.start();
      while (k < sentence.end()) {
        if (!Character.isLetterOrDigit(text.charAt(k))) {
          k++;
          continue;
        }
        int end = k;
        while (end < sentence.end() && (Character.isLetterOrDigit(text.charAt(end))
            || text.charAt(end) == '-' || text.charAt(end) == '.' && end + 1 < sentence.end()
            && Character.isLetter(text.charAt(end + 1)))) {
          end++;
        }
        result.add(new Word(new Span(k, end), text.substring(k, end), null));
        if (end < sentence.end() && (text.charAt(end) == '’' || text.charAt(end) == '\'')) {
          end++; // a possessive ends the name: "Michel’s request"
          result.add(new Word(new Span(end - 1, end), "’", null));
        }
        k = end;
      }
      return result;
    }

    private List<Word> words(TaggedSentence s, int from, int to) {
      List<Word> result = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        String tag = s.tags()[k];
        result.add(new Word(s.tokens()[k], s.words()[k],
            tag.equals(TaggedSentence.UNTAGGED) ? null : tag));
      }
      return result;
    }

    private int sentenceAt(int offset) {
      int lo = 0;
      int hi = sentences.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (sentences.get(mid).start() <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    private int paragraphAt(int offset) {
      return paragraphOf[sentenceAt(offset)];
    }
  }
}
