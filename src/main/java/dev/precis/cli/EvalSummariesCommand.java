package dev.precis.cli;

import static dev.precis.cli.Specs.listOption;
import static dev.precis.cli.Specs.option;
import static dev.precis.cli.Specs.positionals;

import dev.precis.api.Precis;
import dev.precis.core.summary.LengthLimit;
import dev.precis.core.summary.SummaryOptions;
import dev.precis.eval.SummariesEvaluation;
import dev.precis.eval.SummariesEvaluation.Tally;
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

  @Override
  public Integer call() {
    context.session().expectManyDocuments();
    StringBuilder out = new StringBuilder();
    StringBuilder details = new StringBuilder();
    List<LengthLimit> lengths = List.of(LengthLimit.sentences(sentences), LengthLimit.words(words));
    for (Path file : files) {
      List<InputDocument> records = read(file);
      SummariesEvaluation evaluation = new SummariesEvaluation(Precis.on(context.session()),
          methods, lengths, minWords, !noKinds, !noCoherence);
      records.forEach(evaluation::add);
      details.append(evaluation.details());
      out.append(String.format(Locale.ROOT, "%s (%d documents)%n%-22s %7s %7s %7s %9s %8s %8s %8s%n",
          file.getFileName(), records.size(), "method, length", "chosen", "words", "junk%",
          "dangling%", "ROUGE-1", "ROUGE-2", "ROUGE-L"));
      for (int m = 0; m < methods.size(); m++) {
        for (int l = 0; l < lengths.size(); l++) {
          row(out, evaluation.label(m, l), evaluation.tally(m, l));
        }
      }
      out.append('\n');
    }
    try (Output o = Output.stdout(context.stdout())) {
      o.write(out.toString() + (list ? details.toString() : ""));
    }
    return ExitCodes.OK;
  }

  private static void row(StringBuilder out, String label, Tally t) {
    if (t == null) {
      return;
    }
    int n = Math.max(t.chosen(), 1);
    int docs = Math.max(t.scored(), 1);
    out.append(String.format(Locale.ROOT, "%-22s %7d %7.1f %7.2f %9.2f", label, t.chosen(),
        (double) t.words() / Math.max(t.documents(), 1), 100.0 * t.junk() / n,
        100.0 * t.dangling() / n));
    if (t.scored() > 0) {
      out.append(String.format(Locale.ROOT, " %8.2f %8.2f %8.2f", 100 * t.rouge1Sum() / docs,
          100 * t.rouge2Sum() / docs, 100 * t.rougeLSum() / docs));
    }
    out.append('\n');
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
}
