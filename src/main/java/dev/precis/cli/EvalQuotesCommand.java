package dev.precis.cli;

import static dev.precis.cli.Specs.jsonOption;
import static dev.precis.cli.Specs.option;
import static dev.precis.cli.Specs.positionals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.api.Precis;
import dev.precis.api.QuotesOptions;
import dev.precis.api.TranslationSettings;
import dev.precis.core.Span;
import dev.precis.core.quotes.Quote;
import dev.precis.eval.QuoteEvaluation.Case;
import dev.precis.eval.QuoteEvaluation.Compared;
import dev.precis.eval.QuoteEvaluation.Counts;
import dev.precis.eval.QuoteEvaluation.Group;
import dev.precis.eval.QuoteEvaluation.Score;
import dev.precis.eval.QuoteEvaluation;
import dev.precis.eval.Throughput;
import dev.precis.format.Json;
import dev.precis.format.Text;
import dev.precis.io.InputDocument;
import dev.precis.io.InputReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class EvalQuotesCommand implements Callable<Integer> {
  List<Path> files;
  String span;
  boolean json;
  boolean misses;
  double seconds;
  String extractorName;
  Path model;

  private final RunContext context;

  EvalQuotesCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    CommandSpec spec = Specs.command(this, "quotes", "Score quote extraction on JSON Lines gold "
        + "data (the format of shared/data/quotes): precision/recall/F1 of quote spans and of "
        + "attribution for direct+partial quotes, indirect speech and all; where the gold names "
        + "speakers (speaker_ref), strict attribution (a quote counts only with that exact "
        + "name) and canonical speaker accuracy (of matched quotes, the share with that name); "
        + "and throughput in articles per second beside a baseline that POS-tags every "
        + "sentence.");
    spec.usageMessage().sortOptions(false);
    spec.versionProvider(new VersionProvider());
    spec.addPositional(positionals(Path.class, "1..*", this, "files")
        .paramLabel("FILE.jsonl").description("Gold data files.").build());
    spec.addOption(option(String.class, this, "span", "--span").paramLabel("WHICH")
        .defaultValue("content")
        .description("Predicted span compared with the gold span: content (the reported "
            + "clause around a partial quote, as the corpora mark it) or quote (only the text "
            + "inside the marks) (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(option(String.class, this, "extractorName", "-x", "--extractor")
        .paramLabel("NAME").defaultValue("rules")
        .description("The quote extractor: rules, model or combined (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(option(Path.class, this, "model", "--model").paramLabel("FILE")
        .description("The attribution model of -x model/combined (default: the shipped one).")
        .build());
    spec.addOption(jsonOption(this, "json"));
    spec.addOption(option(boolean.class, this, "misses", "--misses")
        .description("List unmatched gold and predicted quotes.").build());
    spec.addOption(EvalCommand.secondsOption("2", this, "seconds"));
    return Specs.withHelpOptions(spec);
  }

  @Override
  public Integer call() {
    Compared compared = compared();
    Precis precis = Precis.on(context.session());
    QuotesOptions options = new QuotesOptions(EnumSet.allOf(Quote.Kind.class), null,
        TranslationSettings.NONE, extractorName, model == null ? null : model.toString());
    precis.checkQuotes(options);
    ObjectNode report = Json.mapper().createObjectNode();
    report.put("schema", Json.SCHEMA).put("command", "eval quotes")
        .put("extractor", options.extractor()).put("span", span);
    ArrayNode results = report.putArray("files");
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%-22s %5s %5s  %-15s %-22s %-22s %-22s %s%n", "file", "docs", "gold", "group",
        "span P / R / F1", "attribution P / R / F1", "strict attr P / R / F1", "speaker acc"));
    List<Case> all = new ArrayList<>();
    for (Path file : files) {
      List<Case> cases = read(file);
      all.addAll(cases);
      Score[] scores = QuoteEvaluation.score(cases, precis, options, compared);
      ObjectNode node = results.addObject();
      node.put("file", file.toString()).put("docs", cases.size());
      for (Group g : Group.values()) {
        Score s = scores[g.ordinal()];
        ObjectNode group = node.putObject(g.label());
        counts(group.putObject("span"), s.spans());
        counts(group.putObject("attribution"), s.attribution());
        boolean named = s.named().gold() > 0;
        if (named) {
          counts(group.putObject("strict_attribution"), s.strict());
          group.putObject("canonical_speaker").put("accuracy",
              round(100 * s.canonicalAccuracy())).put("correct", s.named().correct())
              .put("named", s.named().gold());
        }
        table.append(String.format(Locale.ROOT, "%-22s %5d %5d  %-15s %-22s %-22s %-22s %s%n",
            g == Group.DIRECT_PARTIAL ? file.getFileName() : "", cases.size(),
            s.spans().gold(), g.label(), prf(s.spans()), prf(s.attribution()),
            named ? prf(s.strict()) : "  - (no speaker_ref)", named ? String.format(Locale.ROOT,
                "%5.1f (%d/%d)", 100 * s.canonicalAccuracy(), s.named().correct(),
                s.named().gold()) : "-"));
      }
      if (misses) {
        cases.forEach(c -> listMisses(c, precis, options, compared, table));
      }
    }
    if (seconds > 0) {
      throughput(all, precis, options, report, table);
    }
    try (Output out = Output.stdout(context.stdout())) {
      out.write(json ? Json.line(report) : table.toString());
    }
    return ExitCodes.OK;
  }

  private Compared compared() {
    try {
      return Compared.valueOf(span.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new dev.precis.core.UnknownNameException("span", span, List.of("content", "quote"));
    }
  }

  private void throughput(List<Case> cases, Precis precis, QuotesOptions options,
      ObjectNode report, StringBuilder table) {
    long millis = (long) (seconds * 1000);
    double mine = cases.size() * Throughput.runsPerCpuSecond(
        () -> QuoteEvaluation.extractAll(cases, precis, options), millis / 2, millis);
    double baseline = cases.size() * Throughput.runsPerCpuSecond(
        () -> QuoteEvaluation.tagEverySentence(cases, precis), millis / 2, millis);
    ObjectNode t = report.putObject("throughput");
    t.put("articles", cases.size()).put("articles_per_cpu_s", round(mine))
        .put("tag_all_articles_per_cpu_s", round(baseline)).put("ratio", round(mine / baseline));
    table.append(String.format(Locale.ROOT, "throughput on one thread (per CPU second): "
        + "%.0f articles/s (split + quotes); baseline split + POS-tag every sentence "
        + "%.0f articles/s; ratio %.2f%n", mine, baseline, mine / baseline));
  }

  private static void listMisses(Case c, Precis precis, QuotesOptions options,
      Compared compared, StringBuilder out) {
    List<Quote> predicted = QuoteEvaluation.predicted(c, precis, options);
    out.append("== ").append(c.id()).append('\n');
    for (QuoteEvaluation.Gold g : c.quotes()) {
      out.append("  gold ").append(g.kind().label()).append(" [").append(g.speakerRef())
          .append(" | ").append(g.speaker() == null ? null : g.speaker().slice(c.text()))
          .append("] ").append(cut(g.span().slice(c.text()))).append('\n');
    }
    for (Quote q : predicted) {
      Span s = compared == Compared.CONTENT ? q.content() : q.span();
      out.append("  pred ").append(q.kind().label()).append(" [").append(q.speaker())
          .append(" | ").append(q.speakerMention() == null ? null : q.speakerMention().slice(c.text()))
          .append("] ").append(cut(s.slice(c.text()))).append('\n');
    }
  }

  private static String cut(String s) {
    String line = Text.oneLine(s);
    return line.length() > 110 ? line.substring(0, 110) + "…" : line;
  }

  private List<Case> read(Path file) {
    List<Case> cases = new ArrayList<>();
    new InputReader(context.stdin(), StandardCharsets.UTF_8, true).read(file.toString(),
        (InputDocument record) -> {
          ObjectNode node = record.fields().deepCopy();
          node.put("text", record.text());
          cases.add(Case.fromJson(node));
        }, e -> {
          throw e;
        });
    return cases;
  }

  private static void counts(ObjectNode node, Counts c) {
    node.put("precision", round(100 * c.precision())).put("recall", round(100 * c.recall()))
        .put("f1", round(100 * c.f1())).put("correct", c.correct())
        .put("predicted", c.predicted()).put("gold", c.gold());
  }

  private static String prf(Counts c) {
    return String.format(Locale.ROOT, "%5.1f / %5.1f / %5.1f",
        100 * c.precision(), 100 * c.recall(), 100 * c.f1());
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
