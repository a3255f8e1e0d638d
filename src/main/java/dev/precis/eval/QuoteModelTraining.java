package dev.precis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.core.Document;
import dev.precis.core.split.SentenceSplitter;
import dev.precis.core.Session;
import dev.precis.core.Span;
import dev.precis.core.quotes.CueJudge;
import dev.precis.core.quotes.Quote;
import dev.precis.core.quotes.QuoteExtractor;
import dev.precis.core.quotes.TaggedSentence;
import dev.precis.core.quotes.model.CueFeatures;
import dev.precis.core.quotes.model.ModelQuoteExtractor;
import dev.precis.core.quotes.model.QuoteFeatures;
import dev.precis.core.quotes.model.QuoteModel;
import dev.precis.eval.QuoteEvaluation.Case;
import dev.precis.eval.QuoteEvaluation.Compared;
import dev.precis.eval.QuoteEvaluation.Gold;
import dev.precis.eval.QuoteEvaluation.Group;
import dev.precis.eval.QuoteEvaluation.Score;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trains the {@link QuoteModel} on attribution corpora in the format of
 * {@code shared/data/quotes} (PolNeAR's training split): which words cue reported speech,
 * learnt at the tokens where the rules ask (label: the token lies in an annotated cue), and
 * which quotes the rules find are annotated attributions (label: the quote matches a gold
 * quote as {@link QuoteEvaluation} matches them). Deterministic: one thread, data in order.
 */
public final class QuoteModelTraining {
  /**
   * A word becomes a candidate cue when it opens annotated cues at least this often ...
   * (each candidate word's sentences must be tagged: fewer words keep the extractor fast)
   */
  static final int MIN_CUE_COUNT = 8;
  /** ... and in at least this share of its occurrences. */
  static final double MIN_CUE_SHARE = 0.25;
  private static final Set<String> NOT_CUE_WORDS = Set.of("has", "have", "had", "is", "was",
      "were", "are", "be", "been", "to", "for", "in", "of", "on", "also", "not", "the", "a",
      "that", "would", "will", "did", "does", "do", "it", "as", "by", "with", "and", "who", "an");

  private QuoteModelTraining() {}

  /** A gold record with the cue spans (UTF-16 offsets) of its attributions. */
  public record Doc(Case gold, List<Span> cues) {
    public static Doc fromJson(JsonNode node) {
      Case c = Case.fromJson(node);
      String text = c.text();
      List<Span> cues = new ArrayList<>();
      for (JsonNode q : node.path("quotes")) {
        if (!q.path("cue_start").isNumber() || !q.path("cue").isTextual()) {
          continue;
        }
        int start = text.offsetByCodePoints(0, q.get("cue_start").asInt());
        String cue = q.get("cue").asText();
        int end = Math.min(text.length(), start + cue.length());
        if (!text.substring(start, end).equals(cue)) {
          end = start; // not contiguous: keep only its first word
          while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
          }
        }
        if (end > start) {
          cues.add(new Span(start, end));
        }
      }
      return new Doc(c, cues);
    }
  }

  /** What a training run saw. */
  public record Report(int articles, int cueEvents, int cues, int quoteEvents, int kept,
      int cueWords) {}

  /** Trains on {@code docs}; {@code report[0]} receives the counts. */
  public static QuoteModel train(Session session, List<Doc> docs, int iterations,
      Report[] report) throws IOException {
    SentenceSplitter splitter = session.splitter("precis");
    Set<String> cueWords = cueWords(docs);
    Recorder recorder = new Recorder(cueWords);
    QuoteExtractor recording = session.ruleQuoteExtractor(recorder);
    List<Event> cueEvents = new ArrayList<>();
    int cuePositives = 0;
    for (Doc d : docs) {
      recorder.calls.clear();
      recording.extract(splitter.apply(Document.of(d.gold().text())));
      for (Recorder.Call call : recorder.calls) {
        boolean yes = d.cues().stream().anyMatch(c -> overlaps(c, call.token()));
        cuePositives += yes ? 1 : 0;
        cueEvents.add(new Event(yes ? QuoteModel.YES : QuoteModel.NO, call.features()));
      }
    }
    MaxentModel cues = maxent(cueEvents, iterations);
    // The filter learns from what the combined extractor finds with this cue model.
    QuoteModel cueOnly = new QuoteModel(cueWords, cues, cues); // no filter yet
    QuoteExtractor combined = new ModelQuoteExtractor(ModelQuoteExtractor.COMBINED,
        session.ruleQuoteExtractor(cueOnly.judge(true)), cueOnly, 0);
    List<Event> quoteEvents = new ArrayList<>();
    int kept = 0;
    for (Doc d : docs) {
      List<Quote> found = combined.extract(splitter.apply(Document.of(d.gold().text())));
      boolean[] matched = matched(d.gold(), found);
      for (int i = 0; i < found.size(); i++) {
        kept += matched[i] ? 1 : 0;
        quoteEvents.add(new Event(matched[i] ? QuoteModel.YES : QuoteModel.NO,
            QuoteFeatures.of(d.gold().text(), found.get(i))));
      }
    }
    MaxentModel quotes = maxent(quoteEvents, iterations);
    report[0] = new Report(docs.size(), cueEvents.size(), cuePositives, quoteEvents.size(), kept,
        cueWords.size());
    return new QuoteModel(cueWords, cues, quotes);
  }

  /** Scores of rules, model and combined over {@code k} folds, each trained on the others. */
  public static Map<String, Score[]> crossValidate(Session session, List<Doc> docs, int k,
      int iterations, java.util.function.Consumer<String> progress) throws IOException {
    SentenceSplitter splitter = session.splitter("precis");
    Map<String, Score[]> totals = new java.util.LinkedHashMap<>();
    for (String name : List.of("rules", ModelQuoteExtractor.MODEL, ModelQuoteExtractor.COMBINED,
        "combined-nofilter")) {
      Score[] zero = new Score[Group.values().length];
      Arrays.fill(zero, Score.ZERO);
      totals.put(name, zero);
    }
    for (int fold = 0; fold < k; fold++) {
      List<Doc> train = new ArrayList<>();
      List<Case> test = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        if (i % k == fold) {
          test.add(docs.get(i).gold());
        } else {
          train.add(docs.get(i));
        }
      }
      QuoteModel model = train(session, train, iterations, new Report[1]);
      Map<String, QuoteExtractor> extractors = Map.of(
          "rules", session.quoteExtractor("rules"),
          ModelQuoteExtractor.MODEL, session.modelQuoteExtractor(ModelQuoteExtractor.MODEL, model),
          ModelQuoteExtractor.COMBINED,
          session.modelQuoteExtractor(ModelQuoteExtractor.COMBINED, model),
          "combined-nofilter", new ModelQuoteExtractor("combined-nofilter",
              session.ruleQuoteExtractor(model.judge(true)), model, 0));
      for (Map.Entry<String, Score[]> e : totals.entrySet()) {
        Score[] s = QuoteEvaluation.score(test, splitter, extractors.get(e.getKey()),
            Compared.CONTENT);
        for (int g = 0; g < s.length; g++) {
          e.getValue()[g] = e.getValue()[g].plus(s[g]);
        }
      }
      progress.accept(String.format(Locale.ROOT, "fold %d of %d: trained on %d, tested on %d",
          fold + 1, k, train.size(), test.size()));
    }
    return totals;
  }

  /**
   * The first words of annotated cues ("has said" gives "said", "called for" gives "called"),
   * when they open cues often enough and in a large enough share of their uses.
   */
  static Set<String> cueWords(List<Doc> docs) {
    Map<String, int[]> counts = new HashMap<>();
    for (Doc d : docs) {
      String text = d.gold().text();
      for (Span cue : d.cues()) {
        words(cue.slice(text)).stream().filter(w -> !NOT_CUE_WORDS.contains(w)).findFirst()
            .ifPresent(w -> counts.computeIfAbsent(w, x -> new int[2])[0]++);
      }
    }
    for (Doc d : docs) {
      for (String w : words(d.gold().text())) {
        int[] c = counts.get(w);
        if (c != null) {
          c[1]++;
        }
      }
    }
    Set<String> result = new TreeSet<>();
    counts.forEach((w, c) -> {
      if (c[0] >= MIN_CUE_COUNT && c[0] >= MIN_CUE_SHARE * c[1]) {
        result.add(w);
      }
    });
    return result;
  }

  private static List<String> words(String text) {
    List<String> result = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() > 1) {
        result.add(w);
      }
    }
    return result;
  }

  /** Which of {@code found} match a gold quote of their group, one to one as the scorer does. */
  static boolean[] matched(Case gold, List<Quote> found) {
    boolean[] result = new boolean[found.size()];
    for (Group g : List.of(Group.DIRECT_PARTIAL, Group.INDIRECT)) {
      List<Integer> predicted = new ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        if (g.holds(found.get(i).kind())) {
          predicted.add(i);
        }
      }
      List<Gold> golds = gold.quotes().stream().filter(q -> g.holds(q.kind())).toList();
      List<int[]> pairs = new ArrayList<>();
      for (int p : predicted) {
        Span ps = QuoteEvaluation.trim(gold.text(), found.get(p).content());
        for (int j = 0; j < golds.size(); j++) {
          Span gs = QuoteEvaluation.trim(gold.text(), golds.get(j).span());
          int overlap = Math.max(0, Math.min(ps.end(), gs.end()) - Math.max(ps.start(), gs.start()));
          if (overlap > 0 && 2 * overlap >= Math.max(ps.length(), gs.length())) {
            pairs.add(new int[] {p, j, overlap});
          }
        }
      }
      pairs.sort((a, b) -> Integer.compare(b[2], a[2]));
      boolean[] usedGold = new boolean[golds.size()];
      for (int[] pair : pairs) {
        if (!result[pair[0]] && !usedGold[pair[1]]) {
          result[pair[0]] = true;
          usedGold[pair[1]] = true;
        }
      }
    }
    return result;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static MaxentModel maxent(List<Event> events, int iterations) throws IOException {
    return Maxent.train(events, iterations, 2);
  }

  /** A judge that keeps the rules' verdicts and records each question with its features. */
  private static final class Recorder implements CueJudge {
    record Call(Span token, String[] features) {}

    private final Set<String> cueWords;
    final List<Call> calls = new ArrayList<>();

    Recorder(Set<String> cueWords) {
      this.cueWords = cueWords;
    }

    @Override
    public boolean mayBeCue(String lowerCaseWord) {
      return cueWords.contains(lowerCaseWord);
    }

    @Override
    public boolean isCue(TaggedSentence s, int i, String lemma, boolean rulesSayCue) {
      if (QuoteModel.isAsked(s, i)) {
        calls.add(new Call(s.tokens()[i], CueFeatures.of(s, i, lemma, rulesSayCue)));
      }
      return rulesSayCue;
    }
  }
}
