package dev.precis.cli;

import static dev.precis.cli.Specs.option;
import static dev.precis.cli.Specs.positionals;

import dev.precis.eval.RankerTraining;
import dev.precis.eval.SummaryCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import opennlp.tools.ml.model.MaxentModel;

final class TrainRankerCommand implements Callable<Integer> {
  List<Path> files;
  Path out;
  String labels;
  int iterations;

  private final RunContext context;

  TrainRankerCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    CommandSpec spec = Specs.command(this, "ranker", "Train the sentence ranker of `summarize "
        + "--method trained` on JSON Lines training corpora (text, summary; optional sentences, "
        + "title, extract_ids). Files whose name marks them as dev or test data are refused.");
    spec.usageMessage().sortOptions(false);
    spec.addPositional(positionals(Path.class, "1..*", this, "files")
        .paramLabel("FILE.jsonl").description("Training files.").build());
    spec.addOption(option(Path.class, this, "out", "--out").paramLabel("FILE")
        .required(true).description("Where to write the model (e.g. models/ranker-en.bin).")
        .build());
    spec.addOption(option(String.class, this, "labels", "--labels")
        .paramLabel("KIND").defaultValue("oracle")
        .description("Positive sentences: oracle (greedy ROUGE oracle against the summary), "
            + "human (the human extract where extract_ids is given, else the oracle) or union "
            + "(default: ${DEFAULT-VALUE}, the best on the dev slices).")
        .build());
    spec.addOption(option(int.class, this, "iterations", "--iterations")
        .paramLabel("N").defaultValue("300")
        .description("Training iterations (default: ${DEFAULT-VALUE}).").build());
    return Specs.withHelpOptions(spec);
  }

  @Override
  public Integer call() throws IOException {
    List<SummaryCase> cases = new ArrayList<>();
    TrainingRecords.read(context, files, node -> cases.add(SummaryCase.fromJson(node)));
    RankerTraining.Report[] report = new RankerTraining.Report[1];
    RankerTraining.Labels kind;
    try {
      kind = RankerTraining.Labels.valueOf(labels.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new dev.precis.core.UnknownNameException("labels", labels, List.of("oracle", "human", "union"));
    }
    MaxentModel model = RankerTraining.train(context.session(), cases, kind, iterations, report);
    Path temp = out.resolveSibling(out.getFileName() + ".tmp");
    try {
      RankerTraining.write(model, temp);
      Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UncheckedIOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    context.stderr().printf("trained on %d articles, %d sentences (%d in summaries) -> %s%n",
        report[0].articles(), report[0].events(), report[0].positives(), out);
    return ExitCodes.OK;
  }
}
