package dev.precis.cli;

import static dev.precis.cli.Specs.jsonOption;
import static dev.precis.cli.Specs.option;
import static dev.precis.cli.Specs.positionals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.api.ArticleInput;
import dev.precis.api.Precis;
import dev.precis.api.QuotesOptions;
import dev.precis.core.quotes.Quote;
import dev.precis.eval.SpeakerNameCheck;
import dev.precis.eval.SpeakerNameCheck.Problem;
import dev.precis.format.Json;
import dev.precis.html.InputKind;
import dev.precis.io.InputReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eval speakers}: how many speaker names quote extraction breaks over any corpus. */
final class EvalSpeakersCommand implements Callable<Integer> {
  List<Path> files;
  boolean json;
  int top;

  private final RunContext context;

  EvalSpeakersCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    CommandSpec spec = Specs.command(this, "speakers", "Run quote extraction over JSON Lines "
        + "records with a \"text\" field (no gold needed) and count broken speaker names: a "
        + "weekday or month inside a name, a function word or punctuation as the name, page "
        + "furniture (Follow, Watch, Photo, Instagram), a fragment of a longer name alone or "
        + "glued to a name (Nations, House, State John Kerry), a title or dateline glued to a "
        + "name, a name starting with no letter. Prints the rate over all quotes and the most "
        + "frequent broken names.");
    spec.usageMessage().sortOptions(false);
    spec.versionProvider(new VersionProvider());
    spec.addPositional(positionals(Path.class, "1..*", this, "files")
        .paramLabel("FILE.jsonl").description("Corpora of JSON Lines records.").build());
    spec.addOption(option(int.class, this, "top", "--top").paramLabel("N").defaultValue("25")
        .description("How many of the most frequent broken names to list "
            + "(default: ${DEFAULT-VALUE}).").build());
    spec.addOption(jsonOption(this, "json"));
    return Specs.withHelpOptions(spec);
  }

  /** Counts over one file or all. */
  private static final class Tally {
    int records;
    int quotes;
    int named;
    int broken;
    final Map<Problem, Integer> byProblem = new EnumMap<>(Problem.class);
    final Map<String, Integer> names = new HashMap<>();

    void add(Quote q) {
      quotes++;
      if (q.speaker() == null) {
        return;
      }
      named++;
      Problem p = SpeakerNameCheck.problem(q.speaker());
      if (p != null) {
        broken++;
        byProblem.merge(p, 1, Integer::sum);
        names.merge(q.speaker(), 1, Integer::sum);
      }
    }

    void addAll(Tally o) {
      records += o.records;
      quotes += o.quotes;
      named += o.named;
      broken += o.broken;
      o.byProblem.forEach((k, v) -> byProblem.merge(k, v, Integer::sum));
      o.names.forEach((k, v) -> names.merge(k, v, Integer::sum));
    }

    double rate() {
      return quotes == 0 ? 0 : 100.0 * broken / quotes;
    }
  }

  @Override
  public Integer call() {
    Precis precis = Precis.on(context.session());
    QuotesOptions options = QuotesOptions.DEFAULTS;
    ObjectNode report = Json.mapper().createObjectNode();
    report.put("schema", Json.SCHEMA).put("command", "eval speakers")
        .put("extractor", options.extractor());
    ArrayNode results = report.putArray("files");
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%-26s %7s %7s %13s %7s %7s%n", "file", "records", "quotes", "with speaker", "broken",
        "rate"));
    Tally total = new Tally();
    for (Path file : files) {
      Tally tally = new Tally();
      new InputReader(context.stdin(), StandardCharsets.UTF_8, true).read(file.toString(),
          record -> {
            tally.records++;
            precis.quotes(ArticleInput.from(record, InputKind.TEXT), options).quotes()
                .forEach(tally::add);
          }, e -> {
            throw e;
          });
      total.addAll(tally);
      put(results.addObject().put("file", file.toString()), tally);
      row(table, file.getFileName().toString(), tally);
    }
    if (files.size() > 1) {
      row(table, "all", total);
    }
    put(report.putObject("total"), total);
    table.append("by problem:");
    total.byProblem.forEach((p, n) -> table.append(String.format(Locale.ROOT, "  %s %d",
        p.label(), n)));
    table.append(String.format(Locale.ROOT, "%nmost frequent broken names:%n"));
    ArrayNode frequent = report.putArray("most_frequent");
    for (Map.Entry<String, Integer> e : mostFrequent(total)) {
      Problem p = SpeakerNameCheck.problem(e.getKey());
      frequent.addObject().put("name", e.getKey()).put("count", e.getValue())
          .put("problem", p.label());
      table.append(String.format(Locale.ROOT, "%6d  %-36s %s%n", e.getValue(), e.getKey(),
          p.label()));
    }
    try (Output out = Output.stdout(context.stdout())) {
      out.write(json ? Json.line(report) : table.toString());
    }
    return ExitCodes.OK;
  }

  private List<Map.Entry<String, Integer>> mostFrequent(Tally tally) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(tally.names.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    return entries.subList(0, Math.min(Math.max(top, 0), entries.size()));
  }

  private static void put(ObjectNode node, Tally t) {
    node.put("records", t.records).put("quotes", t.quotes).put("with_speaker", t.named)
        .put("broken", t.broken).put("broken_percent", Math.round(t.rate() * 100) / 100.0);
    ObjectNode problems = node.putObject("by_problem");
    t.byProblem.forEach((p, n) -> problems.put(p.name().toLowerCase(Locale.ROOT), n));
  }

  private static void row(StringBuilder table, String name, Tally t) {
    table.append(String.format(Locale.ROOT, "%-26s %7d %7d %13d %7d %6.2f%%%n", name,
        t.records, t.quotes, t.named, t.broken, t.rate()));
  }
}
