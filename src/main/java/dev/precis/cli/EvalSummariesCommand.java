package dev.precis.cli;

import static dev.precis.cli.Specs.listOption;
import static dev.precis.cli.Specs.option;
import static dev.precis.cli.Specs.positionals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.core.Document;
import dev.precis.core.Session;
import dev.precis.core.Span;
import dev.precis.core.summary.Article;
import dev.precis.core.summary.AutoRanker;
import dev.precis.core.summary.GivenSentences;
import dev.precis.core.summary.LengthLimit;
import dev.precis.core.summary.Ranker;
import dev.precis.core.summary.Summarizer;
import dev.precis.core.summary.Summary;
import dev.precis.core.summary.SummaryOptions;
import dev.precis.core.summary.Titles;
import dev.precis.eval.Rouge;
import dev.precis.eval.SummaryQuality;
import dev.precis.html.InputKind;
import dev.precis.html.Inputs;
import dev.precis.io.InputDocument;
import dev.precis.io.InputReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads summaries the way a reader would, in numbers: the share of chosen sentences that are
 * junk or open by referring back to a sentence left out, beside ROUGE where the records have
 * a reference summary, for a sentence count and a word budget.
 */
final class EvalSummariesCommand implements Callable<Integer> {
  List<Path> files;
  List<String> methods;
  int sentences;
  int words;
  int minWords;
  boolean noKinds;
  boolean noCoherence;
  boolean list;
  int limit;

  private final RunContext context;

  EvalSummariesCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    CommandSpec spec = Specs.command(this, "summaries", "Junk and dangling-opener rates of "
        + "summaries, beside ROUGE where records have a \"summary\", on JSON Lines records with "
        + "\"text\" or \"html\" (and optional \"sentences\", \"title\"), as summarize prepares "
        + "them. Junk: under 5 words, a byline or credit, a bare URL or handle, page furniture, "
        + "all capitals. Dangling: opens with He/She/It/This/But/However/Also/... while the "
        + "story sentence before it is not chosen.");
    spec.usageMessage().sortOptions(false);
    spec.addPositional(positionals(Path.class, "1..*", this, "files")
        .paramLabel("FILE.jsonl").description("Corpus files.").build());
    spec.addOption(listOption(String.class, this, "methods", "--methods").paramLabel("NAME")
        .splitRegex(",").defaultValue("lead,auto")
        .description("Methods, comma-separated (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(option(int.class, this, "sentences", "-n", "--sentences").paramLabel("N")
        .defaultValue("3").description("Sentence count of the first setting (default: "
            + "${DEFAULT-VALUE}).").build());
    spec.addOption(option(int.class, this, "words", "--words").paramLabel("N")
        .defaultValue("60").description("Word budget of the second setting (default: "
            + "${DEFAULT-VALUE}).").build());
    spec.addOption(option(int.class, this, "minWords", "--min-words").paramLabel("K")
        .defaultValue(Integer.toString(SummaryOptions.DEFAULT_MIN_WORDS))
        .description("Sentence length floor, as summarize's (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(option(boolean.class, this, "noKinds", "--no-kinds")
        .description("Take every sentence as a story sentence (no classifier).").build());
    spec.addOption(option(boolean.class, this, "noCoherence", "--no-coherence")
        .description("Do not keep referring openers with their antecedents.").build());
    spec.addOption(option(boolean.class, this, "list", "--list")
        .description("List every junk and dangling sentence chosen.").build());
    spec.addOption(option(int.class, this, "limit", "--limit").paramLabel("N")
        .defaultValue("0").description("Only the first N records of each file (0 = all).")
        .build());
    return Specs.withHelpOptions(spec);
  }

  /** Counts for one method at one length. */
  private static final class Tally {
    int documents;
    int chosen;
    int words;
    int junk;
    int dangling;
    int scored;
    double r1;
    double r2;
    double rl;
  }

  @Override
  public Integer call() {
    Session session = context.session();
    context.session().expectManyDocuments();
    Rouge rouge = new Rouge();
    StringBuilder out = new StringBuilder();
    StringBuilder details = new StringBuilder();
    List<LengthLimit> lengths = List.of(LengthLimit.sentences(sentences), LengthLimit.words(words));
    for (Path file : files) {
      List<InputDocument> records = read(file);
      Tally[][] tallies = new Tally[methods.size()][lengths.size()];
      for (InputDocument record : records) {
        Article article = article(session, record);
        String reference = record.fields().path("summary").isTextual()
            ? record.fields().get("summary").asText() : null;
        for (int m = 0; m < methods.size(); m++) {
          Ranker ranker = session.ranker(methods.get(m));
          for (int l = 0; l < lengths.size(); l++) {
            Tally t = tallies[m][l] == null ? (tallies[m][l] = new Tally()) : tallies[m][l];
            Summary summary = Summarizer.summarize(article, ranker, new SummaryOptions(
                lengths.get(l), ranker.defaultDiversity(), SummaryOptions.Order.ORIGINAL,
                minWords, !noCoherence));
            count(t, summary, reference, rouge, label(ranker, lengths.get(l)), record, details);
          }
        }
      }
      out.append(String.format(Locale.ROOT, "%s (%d documents)%n%-22s %7s %7s %7s %9s %8s %8s %8s%n",
          file.getFileName(), records.size(), "method, length", "chosen", "words", "junk%",
          "dangling%", "ROUGE-1", "ROUGE-2", "ROUGE-L"));
      for (int m = 0; m < methods.size(); m++) {
        for (int l = 0; l < lengths.size(); l++) {
          row(out, label(session.ranker(methods.get(m)), lengths.get(l)), tallies[m][l]);
        }
      }
      out.append('\n');
    }
    try (Output o = Output.stdout(context.stdout())) {
      o.write(out.toString() + (list ? details.toString() : ""));
    }
    return ExitCodes.OK;
  }

  private void count(Tally t, Summary summary, String reference, Rouge rouge, String label,
      InputDocument record, StringBuilder details) {
    t.documents++;
    Article article = summary.article();
    for (int k : summary.chosen()) {
      t.chosen++;
      t.words += article.words(k);
      String why = SummaryQuality.junk(article.text(k));
      if (why != null) {
        t.junk++;
        details.append(String.format(Locale.ROOT, "junk     %-18s %s [%s] %s%n", label,
            record.source(), why, oneLine(article.text(k))));
      }
    }
    for (int k : SummaryQuality.dangling(summary)) {
      t.dangling++;
      details.append(String.format(Locale.ROOT, "dangling %-18s %s %s%n", label,
          record.source(), oneLine(article.text(k))));
    }
    if (reference != null) {
      Rouge.Scores s = rouge.score(reference, summary.text());
      t.scored++;
      t.r1 += s.rouge1().f1();
      t.r2 += s.rouge2().f1();
      t.rl += s.rougeLsum().f1();
    }
  }

  private static void row(StringBuilder out, String label, Tally t) {
    if (t == null) {
      return;
    }
    int n = Math.max(t.chosen, 1);
    int docs = Math.max(t.scored, 1);
    out.append(String.format(Locale.ROOT, "%-22s %7d %7.1f %7.2f %9.2f", label, t.chosen,
        (double) t.words / Math.max(t.documents, 1), 100.0 * t.junk / n, 100.0 * t.dangling / n));
    if (t.scored > 0) {
      out.append(String.format(Locale.ROOT, " %8.2f %8.2f %8.2f", 100 * t.r1 / docs,
          100 * t.r2 / docs, 100 * t.rl / docs));
    }
    out.append('\n');
  }

  private static String label(Ranker ranker, LengthLimit length) {
    String name = ranker instanceof AutoRanker auto ? "auto=" + auto.delegate().name()
        : ranker.name();
    return name + (length.unit() == LengthLimit.Unit.WORDS ? ", " + (long) length.value()
        + " words" : ", " + (long) length.value() + " sentences");
  }

  /** The record as summarize prepares it: HTML reduced, given sentences kept, kinds set. */
  private Article article(Session session, InputDocument record) {
    String text = record.html() ? Inputs.toArticleText(record.source(), record.text(),
        InputKind.HTML) : record.text();
    JsonNode fields = record.fields();
    List<String> given = null;
    if (fields.path("sentences").isArray()) {
      given = new ArrayList<>();
      for (JsonNode s : fields.get("sentences")) {
        given.add(s.asText());
      }
    }
    Document document = given != null ? GivenSentences.apply(record.source(), text, given)
        : session.splitter("precis").apply(Document.of(text));
    if (!noKinds) {
      document = session.sentenceClassifier().apply(document);
    }
    String title = fields.path("title").isTextual() ? fields.get("title").asText() : null;
    Span titleSpan = null;
    if (title == null && given == null) {
      titleSpan = Titles.detect(document);
      title = titleSpan == null ? null : document.text(titleSpan);
    }
    return Article.of(document, titleSpan, title, session.textAnalyzer());
  }

  private List<InputDocument> read(Path file) {
    List<InputDocument> records = new ArrayList<>();
    new InputReader(context.stdin(), StandardCharsets.UTF_8, true).read(file.toString(),
        record -> {
          if (limit <= 0 || records.size() < limit) {
            records.add(record);
          }
        }, e -> {
          throw e;
        });
    return records;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
