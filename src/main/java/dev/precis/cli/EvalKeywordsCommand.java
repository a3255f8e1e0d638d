package dev.precis.cli;

import static dev.precis.cli.Specs.jsonOption;
import static dev.precis.cli.Specs.option;
import static dev.precis.cli.Specs.positionals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.api.ArticleInput;
import dev.precis.api.Precis;
import dev.precis.api.SplitOptions;
import dev.precis.api.TranslationSettings;
import dev.precis.core.Document;
import dev.precis.html.InputKind;
import dev.precis.core.Lexicon;
import dev.precis.eval.KeywordsEvaluation;
import dev.precis.eval.KeywordsEvaluation.Judged;
import dev.precis.format.Json;
import dev.precis.io.InputDocument;
import dev.precis.io.InputReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class EvalKeywordsCommand implements Callable<Integer> {
  List<Path> files;
  int limit;
  int top;
  int examples;
  boolean json;

  private final RunContext context;

  EvalKeywordsCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    CommandSpec spec = Specs.command(this, "keywords", "Check that key phrases are complete "
        + "noun phrases: the share of the top phrases of JSON Lines articles (\"text\" field) "
        + "that fail the noun-phrase test described in the README (fragment, date, possessive, "
        + "head, title, cut-name).");
    spec.usageMessage().sortOptions(false);
    spec.addPositional(positionals(Path.class, "1..*", this, "files")
        .paramLabel("FILE.jsonl").description("Article files.").build());
    spec.addOption(option(int.class, this, "limit", "--limit").paramLabel("N").defaultValue("0")
        .description("Articles read from each file, 0 for all (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(option(int.class, this, "top", "-k", "--top").paramLabel("N")
        .defaultValue("10").description("Phrases per article (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(option(int.class, this, "examples", "--examples").paramLabel("N")
        .defaultValue("10").description("Failed phrases to list (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(jsonOption(this, "json"));
    return Specs.withHelpOptions(spec);
  }

  @Override
  public Integer call() {
    Precis precis = Precis.on(context.session());
    Map<String, Document> documents = new LinkedHashMap<>();
    for (Path file : files) {
      int[] read = {0};
      new InputReader(context.stdin(), StandardCharsets.UTF_8, true).read(file.toString(),
          (InputDocument record) -> {
            if (limit == 0 || read[0] < limit) {
              read[0]++;
              String id = file.getFileName() + ":" + record.fields().path("id").asText("" + read[0]);
              documents.put(id, precis.split(ArticleInput.from(record, InputKind.TEXT),
                  new SplitOptions("precis", TranslationSettings.NONE, false)).document());
            }
          }, e -> {
            throw e;
          });
    }
    KeywordsEvaluation evaluation = new KeywordsEvaluation(context.session().keyphrases(),
        context.session().tagger(), Lexicon.load("titles-en.txt"));
    KeywordsEvaluation.Result result = evaluation.run(documents, top);
    String out;
    if (json) {
      ObjectNode report = Json.mapper().createObjectNode();
      report.put("schema", Json.SCHEMA).put("command", "eval keywords")
          .put("articles", result.articles()).put("phrases", result.phrases().size())
          .put("failed", result.failed())
          .put("failed_percent", Math.round(1000 * result.failedShare()) / 10.0);
      ObjectNode reasons = report.putObject("reasons");
      result.failures().forEach(reasons::put);
      out = Json.line(report);
    } else {
      StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
          "articles %d, phrases %d, not a complete noun phrase %d (%s)%n", result.articles(),
          result.phrases().size(), result.failed(), KeywordsEvaluation.percent(result)));
      result.failures().forEach((reason, n) ->
          table.append(String.format(Locale.ROOT, "  %-11s %5d%n", reason, n)));
      int listed = 0;
      for (Judged j : result.phrases()) {
        if (j.failure() != null && listed++ < examples) {
          table.append(String.format(Locale.ROOT, "  %-11s %s  (%s)%n", j.failure(), j.phrase(),
              j.id()));
        }
      }
      out = table.toString();
    }
    try (Output o = Output.stdout(context.stdout())) {
      o.write(out);
    }
    return ExitCodes.OK;
  }
}
