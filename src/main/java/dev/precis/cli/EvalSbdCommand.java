package dev.precis.cli;

import static dev.precis.cli.Specs.candidates;
import static dev.precis.cli.Specs.jsonOption;
import static dev.precis.cli.Specs.option;
import static dev.precis.cli.Specs.positionals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.split.OpenNlpSentenceSplitter;
import dev.precis.core.split.SentenceSplitter;
import dev.precis.core.Session;
import dev.precis.eval.SbdEvaluation.Counts;
import dev.precis.eval.SbdEvaluation.Score;
import dev.precis.eval.SbdEvaluation;
import dev.precis.eval.Throughput;
import dev.precis.format.Json;
import dev.precis.io.InputDocument;
import dev.precis.io.InputReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class EvalSbdCommand implements Callable<Integer> {
  List<Path> files;
  String splitter;
  boolean json;
  boolean misses;
  boolean spansFromSentences;
  double seconds;

  private final RunContext context;

  EvalSbdCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    CommandSpec spec = Specs.command(this, "sbd", "Score a sentence splitter on JSON Lines gold "
        + "data (the format of shared/data/sbd): exact matches, boundary precision/recall/F1 "
        + "with paragraphs (para) and without (flat), and throughput beside the plain OpenNLP "
        + "splitter.");
    spec.usageMessage().sortOptions(false);
    spec.addPositional(positionals(Path.class, "1..*", this, "files")
        .paramLabel("FILE.jsonl").description("Gold data files.").build());
    spec.addOption(option(String.class, this, "splitter", "--splitter")
        .paramLabel("NAME").defaultValue("precis")
        .completionCandidates(candidates(Session::splitterNames))
        .description("Splitter to score: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(jsonOption(this, "json"));
    spec.addOption(option(boolean.class, this, "misses", "--misses")
        .description("List the records not split exactly.").build());
    spec.addOption(option(boolean.class, this, "spansFromSentences", "--spans-from-sentences")
        .description("Score boundaries also for records that give only \"sentences\" (as "
            + "shared/data/summ does), finding each sentence in \"text\", white space ignored.")
        .build());
    spec.addOption(EvalCommand.secondsOption("6", this, "seconds"));
    return Specs.withHelpOptions(spec);
  }

  @Override
  public Integer call() {
    SentenceSplitter chosen = context.session().splitter(splitter);
    SentenceSplitter baseline = context.session().splitter(OpenNlpSentenceSplitter.NAME);
    List<SbdEvaluation.Case> all = new ArrayList<>();
    ObjectNode report = Json.mapper().createObjectNode();
    report.put("schema", Json.SCHEMA).put("command", "eval sbd").put("splitter", splitter);
    ArrayNode results = report.putArray("files");
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%-28s %7s %13s   %-20s   %-20s%n", "file (" + splitter + ")", "cases", "exact",
        "para P / R / F1", "flat P / R / F1"));
    for (Path file : files) {
      List<SbdEvaluation.Case> cases = read(file);
      all.addAll(cases);
      Score score = SbdEvaluation.score(cases, chosen);
      results.add(fileJson(file, score));
      table.append(String.format(Locale.ROOT, "%-28s %7d %5d (%5.1f%%)   %-20s   %-20s%n",
          file.getFileName(), score.cases(), score.exact(), 100.0 * score.exact() / score.cases(),
          prf(score.para()), prf(score.flat())));
      if (misses) {
        score.misses().forEach(m -> table.append("  miss ").append(m.id()).append("\n    gold: ")
            .append(m.expected()).append("\n    got:  ").append(m.predicted()).append('\n'));
      }
    }
    if (seconds > 0) {
      throughput(all, chosen, baseline, report, table);
    }
    try (Output out = Output.stdout(context.stdout())) {
      out.write(json ? Json.line(report) : table.toString());
    }
    return ExitCodes.OK;
  }

  private void throughput(List<SbdEvaluation.Case> cases, SentenceSplitter chosen,
      SentenceSplitter baseline, ObjectNode report, StringBuilder table) {
    long bytes = 0;
    for (SbdEvaluation.Case c : cases) {
      bytes += c.text().getBytes(StandardCharsets.UTF_8).length;
    }
    long millis = (long) (seconds * 1000);
    double mine = bytes / 1e6 * Throughput.runsPerSecond(
        () -> SbdEvaluation.splitAll(cases, chosen), millis / 2, millis);
    double theirs = bytes / 1e6 * Throughput.runsPerSecond(
        () -> SbdEvaluation.splitAll(cases, baseline), millis / 2, millis);
    ObjectNode t = report.putObject("throughput");
    t.put("bytes", bytes).put("mb_per_s", round(mine)).put("opennlp_mb_per_s", round(theirs))
        .put("ratio", round(mine / theirs));
    table.append(String.format(Locale.ROOT,
        "throughput on one thread: %s %.2f MB/s, opennlp %.2f MB/s, ratio %.2f%n",
        splitter, mine, theirs, mine / theirs));
  }

  private List<SbdEvaluation.Case> read(Path file) {
    List<SbdEvaluation.Case> cases = new ArrayList<>();
    new InputReader(context.stdin(), StandardCharsets.UTF_8, true).read(file.toString(),
        (InputDocument record) -> {
          ObjectNode node = record.fields().deepCopy();
          node.put("text", record.text());
          SbdEvaluation.Case c = SbdEvaluation.Case.fromJson(node);
          cases.add(spansFromSentences ? c.withSpansFromSentences() : c);
        }, e -> {
          throw e;
        });
    return cases;
  }

  private static ObjectNode fileJson(Path file, Score score) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("file", file.toString()).put("cases", score.cases()).put("exact", score.exact());
    if (score.para() != null) {
      counts(node.putObject("para"), score.para());
      counts(node.putObject("flat"), score.flat());
    }
    return node;
  }

  private static void counts(ObjectNode node, Counts c) {
    node.put("precision", round(100 * c.precision())).put("recall", round(100 * c.recall()))
        .put("f1", round(100 * c.f1())).put("tp", c.truePositives())
        .put("fp", c.falsePositives()).put("fn", c.falseNegatives());
  }

  private static String prf(Counts c) {
    return c == null ? "-" : String.format(Locale.ROOT, "%.1f / %.1f / %.1f",
        100 * c.precision(), 100 * c.recall(), 100 * c.f1());
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
