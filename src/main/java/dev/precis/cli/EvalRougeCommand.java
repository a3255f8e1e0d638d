package dev.precis.cli;

import static dev.precis.cli.Specs.candidates;
import static dev.precis.cli.Specs.jsonOption;
import static dev.precis.cli.Specs.listOption;
import static dev.precis.cli.Specs.option;
import static dev.precis.cli.Specs.positionals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.InputException;
import dev.precis.core.Session;
import dev.precis.core.summary.AutoRanker;
import dev.precis.core.summary.LeadRanker;
import dev.precis.core.summary.Ranker;
import dev.precis.core.summary.TrainedRanker;
import dev.precis.eval.Rouge;
import dev.precis.eval.RougeEvaluation.Prepared;
import dev.precis.eval.RougeEvaluation.Result;
import dev.precis.eval.RougeEvaluation;
import dev.precis.eval.SummaryCase;
import dev.precis.format.Json;
import dev.precis.io.InputDocument;
import dev.precis.io.InputReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class EvalRougeCommand implements Callable<Integer> {
  List<Path> files;
  List<String> methods;
  Double diversity;
  int limit;
  Path model;
  boolean scaling;
  boolean json;

  private final RunContext context;

  EvalRougeCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    CommandSpec spec = Specs.command(this, "rouge", "Score summarization methods on JSON Lines "
        + "corpora (fields text, summary; optional sentences, title, extract_ids): ROUGE-1, "
        + "ROUGE-2 and ROUGE-L (summary-level) F1 as Google's rouge_score computes them with "
        + "stemming, with the Lead baseline and documents per CPU second of one thread in the "
        + "same run. Length: the gold extract's sentence count where extract_ids is given, else "
        + "3 sentences.");
    spec.usageMessage().sortOptions(false);
    spec.addPositional(positionals(Path.class, "1..*", this, "files")
        .paramLabel("FILE.jsonl").description("Corpus files.").build());
    spec.addOption(listOption(String.class, this, "methods", "--methods")
        .paramLabel("NAME").splitRegex(",").completionCandidates(candidates(Session::rankerNames))
        .description("Methods to score, comma-separated (default: all). lead is always included.")
        .build());
    spec.addOption(option(Double.class, this, "diversity", "--diversity")
        .paramLabel("D")
        .description("MMR redundancy weight 0..1 for every method but lead (default: each "
            + "method's own, as summarize uses it).")
        .build());
    spec.addOption(option(int.class, this, "limit", "--limit").paramLabel("N")
        .defaultValue("0")
        .description("Score only the first N records of each file (0 = all).").build());
    spec.addOption(option(Path.class, this, "model", "--model").paramLabel("FILE")
        .description("Score the trained ranker with this model file instead of the shipped one.")
        .build());
    spec.addOption(option(boolean.class, this, "scaling", "--scaling")
        .description("Also time auto on articles made 1, 4 and 16 times longer (consecutive "
            + "records joined), to check growth against n log n in the sentence count.")
        .build());
    spec.addOption(jsonOption(this, "json"));
    return Specs.withHelpOptions(spec);
  }

  @Override
  public Integer call() {
    if (diversity != null && (diversity < 0 || diversity > 1)) {
      throw new InputException("--diversity", "must be between 0 and 1", "e.g. --diversity 0.3");
    }
    Session session = context.session();
    Set<String> names = new LinkedHashSet<>();
    names.add(LeadRanker.NAME);
    if (methods == null) {
      names.addAll(Session.rankerNames());
    } else {
      names.addAll(methods);
    }
    List<Ranker> rankers = new ArrayList<>();
    for (String name : names) {
      rankers.add(model != null && name.equals(TrainedRanker.NAME) ? session.trainedRanker(model)
          : session.ranker(name));
    }
    Rouge rouge = new Rouge();
    ObjectNode report = Json.mapper().createObjectNode();
    report.put("schema", Json.SCHEMA).put("command", "eval rouge");
    ArrayNode fileResults = report.putArray("files");
    StringBuilder table = new StringBuilder();
    for (Path file : files) {
      List<SummaryCase> cases = read(file);
      List<Prepared> prepared = new ArrayList<>();
      for (SummaryCase c : cases) {
        prepared.add(new Prepared(c, c.article(session)));
      }
      ObjectNode fileJson = fileResults.addObject();
      fileJson.put("file", file.toString()).put("documents", cases.size());
      ArrayNode rows = fileJson.putArray("methods");
      table.append(String.format(Locale.ROOT, "%s (%d documents)%n%-10s %8s %8s %8s %10s %9s%n",
          file.getFileName(), cases.size(), "method", "ROUGE-1", "ROUGE-2", "ROUGE-L", "docs/s",
          "vs lead"));
      double leadSpeed = 0;
      Result lead = null;
      for (Ranker ranker : rankers) {
        String label = label(ranker);
        double d = ranker.name().equals(LeadRanker.NAME) || diversity == null
            ? ranker.defaultDiversity() : diversity;
        Result r = RougeEvaluation.score(label, ranker, prepared, d, rouge);
        double speed = documentsPerSecond(session, cases, ranker, d);
        if (lead == null) {
          lead = r;
          leadSpeed = speed;
        }
        rows.addObject().put("method", label).put("rouge1", round(r.rouge1()))
            .put("rouge2", round(r.rouge2())).put("rougeL", round(r.rougeL()))
            .put("diversity", d).put("docs_per_s", Math.round(speed)).put("speed_vs_lead", round(speed / leadSpeed));
        table.append(String.format(Locale.ROOT, "%-10s %8.2f %8.2f %8.2f %10.0f %+9.2f%n", label,
            r.rouge1(), r.rouge2(), r.rougeL(), speed, r.rouge1() - lead.rouge1()));
      }
      if (scaling) {
        scaling(session, cases, fileJson, table);
      }
      table.append('\n');
    }
    try (Output out = Output.stdout(context.stdout())) {
      out.write(json ? Json.line(report) : table.toString());
    }
    return ExitCodes.OK;
  }

  private static String label(Ranker ranker) {
    return ranker instanceof AutoRanker auto ? "auto=" + auto.delegate().name() : ranker.name();
  }

  /**
   * Documents per CPU second of this thread for the whole work from text to summary
   * (analysis, ranking, selection): passes are repeated until a second of the thread's own
   * CPU time is spent (or ten seconds of wall time), so other processes competing for the
   * cores do not distort the figure. The scoring pass before this one warmed the code up.
   */
  private double documentsPerSecond(Session session, List<SummaryCase> cases, Ranker ranker,
      double d) {
    if (cases.isEmpty()) {
      return 0;
    }
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long wallEnd = System.nanoTime() + 10_000_000_000L;
    long documents = 0;
    int sink = 0;
    long cpu;
    do {
      for (SummaryCase c : cases) {
        sink += RougeEvaluation.summarize(ranker, new Prepared(c, c.article(session)), d).chosen().size();
      }
      documents += cases.size();
      cpu = threads.getCurrentThreadCpuTime() - cpuStart;
    } while (cpu < 1_000_000_000L && System.nanoTime() < wallEnd);
    return sink < 0 ? 0 : documents / (cpu / 1e9);
  }

  /**
   * Milliseconds per article for auto on articles of 1, 4 and 16 records' sentences, beside
   * what n log n growth in the sentence count would predict from the 1× time.
   */
  private void scaling(Session session, List<SummaryCase> cases, ObjectNode fileJson,
      StringBuilder table) {
    Ranker ranker = session.ranker(AutoRanker.NAME);
    ObjectNode node = fileJson.putObject("scaling");
    double baseMillis = 0;
    double baseSentences = 0;
    for (int factor : new int[] {1, 4, 16}) {
      List<SummaryCase> joined = new ArrayList<>();
      for (int i = 0; i + factor <= cases.size(); i += factor) {
        joined.add(join(cases.subList(i, i + factor)));
      }
      if (joined.isEmpty()) {
        break;
      }
      double sentences = 0;
      for (SummaryCase c : joined) {
        sentences += c.article(session).size();
      }
      sentences /= joined.size();
      double millis = 1000 / documentsPerSecond(session, joined, ranker,
          diversity != null ? diversity : ranker.defaultDiversity());
      if (factor == 1) {
        baseMillis = millis;
        baseSentences = sentences;
      }
      double nLogN = millis > 0 && baseSentences > 1 ? baseMillis * sentences * Math.log(sentences)
          / (baseSentences * Math.log(baseSentences)) : 0;
      node.putObject(factor + "x").put("sentences", round(sentences)).put("ms_per_article",
          round(millis)).put("n_log_n_prediction_ms", round(nLogN));
      table.append(String.format(Locale.ROOT,
          "auto at %2dx length: %6.1f sentences, %8.2f ms/article (n log n from 1x: %8.2f ms)%n",
          factor, sentences, millis, nLogN));
    }
  }

  /** Records joined into one long article: texts and sentences concatenated, lengths summed. */
  private static SummaryCase join(List<SummaryCase> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    StringBuilder text = new StringBuilder();
    List<String> sentences = new ArrayList<>();
    boolean given = true;
    for (SummaryCase c : parts) {
      text.append(c.text()).append("\n\n");
      given &= c.sentences() != null;
      if (c.sentences() != null) {
        sentences.addAll(c.sentences());
      }
    }
    return new SummaryCase(parts.get(0).id() + "+", text.toString(), given ? sentences : null,
        parts.get(0).title(), parts.get(0).summary(), null);
  }

  private List<SummaryCase> read(Path file) {
    List<SummaryCase> cases = new ArrayList<>();
    new InputReader(context.stdin(), StandardCharsets.UTF_8, true).read(file.toString(),
        (InputDocument record) -> {
          if (limit > 0 && cases.size() >= limit) {
            return;
          }
          ObjectNode node = record.fields().deepCopy();
          node.put("text", record.text());
          cases.add(SummaryCase.fromJson(node));
        }, e -> {
          throw e;
        });
    return cases;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
