package dev.precis.cli;

import static dev.precis.cli.Specs.candidates;
import static dev.precis.cli.Specs.jsonOption;
import static dev.precis.cli.Specs.option;
import static dev.precis.cli.Specs.positionals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.eval.ExtractEvaluation.PageScore;
import dev.precis.eval.ExtractEvaluation.Summary;
import dev.precis.eval.ExtractEvaluation;
import dev.precis.eval.Throughput;
import dev.precis.format.Json;
import dev.precis.html.ArticleExtractor;
import dev.precis.html.BodyTextExtractor;
import dev.precis.io.InputDocument;
import dev.precis.io.InputReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class EvalExtractCommand implements Callable<Integer> {
  List<Path> files;
  String extractor;
  boolean json;
  double seconds;

  private final RunContext context;

  EvalExtractCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    CommandSpec spec = Specs.command(this, "extract", "Score an article extractor on JSON Lines "
        + "pages with gold article bodies (the format of shared/data/html: id, url, html, "
        + "article_body) with the Article Extraction Benchmark's shingle precision/recall/F1, "
        + "beside the whole-<body> text baseline measured in the same run, and pages per second "
        + "for both.");
    spec.usageMessage().sortOptions(false);
    spec.addPositional(positionals(Path.class, "1..*", this, "files")
        .paramLabel("FILE.jsonl").description("Gold data files.").build());
    spec.addOption(option(String.class, this, "extractor", "--extractor")
        .paramLabel("NAME").defaultValue("precis")
        .completionCandidates(candidates(ArticleExtractor::names))
        .description("Extractor to score: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(jsonOption(this, "json"));
    spec.addOption(EvalCommand.secondsOption("2", this, "seconds"));
    return Specs.withHelpOptions(spec);
  }

  /** One gold page. */
  private record Page(String id, String url, String html, String gold) {}

  @Override
  public Integer call() {
    ArticleExtractor chosen = ArticleExtractor.named(extractor);
    ArticleExtractor baseline = ArticleExtractor.named(BodyTextExtractor.NAME);
    List<Page> pages = new ArrayList<>();
    files.forEach(file -> pages.addAll(read(file)));
    List<PageScore> mine = new ArrayList<>();
    List<PageScore> floor = new ArrayList<>();
    ObjectNode report = Json.mapper().createObjectNode();
    report.put("schema", Json.SCHEMA).put("command", "eval extract").put("extractor", extractor);
    ArrayNode perPage = report.putArray("pages");
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%-12s %-28s %6s %6s %6s   %6s%n", "id", "site", "P", "R", "F1", "body F1"));
    for (Page page : pages) {
      PageScore score = ExtractEvaluation.score(page.gold(), chosen.extract(page.html()).body());
      PageScore base = ExtractEvaluation.score(page.gold(), baseline.extract(page.html()).body());
      mine.add(score);
      floor.add(base);
      perPage.addObject().put("id", page.id()).put("url", page.url())
          .put("precision", round(score.precision())).put("recall", round(score.recall()))
          .put("f1", round(score.f1())).put("body_f1", round(base.f1()));
      table.append(String.format(Locale.ROOT, "%-12.12s %-28.28s %6.3f %6.3f %6.3f   %6.3f%n",
          page.id(), host(page.url()), score.precision(), score.recall(), score.f1(), base.f1()));
    }
    Summary summary = ExtractEvaluation.summarise(mine);
    Summary body = ExtractEvaluation.summarise(floor);
    summary(report.putObject("summary"), summary);
    summary(report.putObject("body_baseline"), body);
    table.append(String.format(Locale.ROOT,
        "%nmean over %d pages (F1 of mean P and mean R):%n"
            + "  %-8s P %.3f  R %.3f  F1 %.3f  exact %.3f%n"
            + "  %-8s P %.3f  R %.3f  F1 %.3f  exact %.3f%n",
        summary.pages(), extractor, summary.precision(), summary.recall(), summary.f1(),
        summary.accuracy(), "body", body.precision(), body.recall(), body.f1(), body.accuracy()));
    if (seconds > 0 && !pages.isEmpty()) {
      throughput(pages, chosen, baseline, report, table);
    }
    try (Output out = Output.stdout(context.stdout())) {
      out.write(json ? Json.line(report) : table.toString());
    }
    return ExitCodes.OK;
  }

  private void throughput(List<Page> pages, ArticleExtractor chosen, ArticleExtractor baseline,
      ObjectNode report, StringBuilder table) {
    long millis = (long) (seconds * 1000);
    double mine = pages.size() * Throughput.runsPerSecond(
        () -> extractAll(pages, chosen), millis / 2, millis);
    double theirs = pages.size() * Throughput.runsPerSecond(
        () -> extractAll(pages, baseline), millis / 2, millis);
    report.putObject("throughput").put("pages_per_s", round(mine))
        .put("body_pages_per_s", round(theirs)).put("ratio", round(mine / theirs));
    table.append(String.format(Locale.ROOT,
        "throughput on one thread: %s %.1f pages/s, body %.1f pages/s, ratio %.2f%n",
        extractor, mine, theirs, mine / theirs));
  }

  private static int extractAll(List<Page> pages, ArticleExtractor extractor) {
    int chars = 0;
    for (Page page : pages) {
      chars += extractor.extract(page.html()).body().length();
    }
    return chars;
  }

  private List<Page> read(Path file) {
    List<Page> pages = new ArrayList<>();
    new InputReader(context.stdin(), StandardCharsets.UTF_8, true).read(file.toString(),
        (InputDocument record) -> {
          ObjectNode fields = record.fields();
          if (!fields.path("article_body").isTextual()) {
            throw new dev.precis.core.InputException(record.source(),
                "record has no string field \"article_body\"",
                "gold pages look like {\"id\", \"url\", \"html\", \"article_body\"}");
          }
          pages.add(new Page(fields.path("id").asText(record.source()),
              fields.path("url").asText(""), record.text(),
              fields.get("article_body").asText()));
        }, e -> {
          throw e;
        });
    return pages;
  }

  private static void summary(ObjectNode node, Summary s) {
    node.put("pages", s.pages()).put("precision", round(s.precision()))
        .put("recall", round(s.recall())).put("f1", round(s.f1()))
        .put("accuracy", round(s.accuracy()));
  }

  private static String host(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? url : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
