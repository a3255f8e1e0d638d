package dev.precis.cli;

import static dev.precis.cli.Specs.option;
import static dev.precis.cli.Specs.positionals;

import dev.precis.core.InputException;
import dev.precis.core.quotes.model.QuoteModel;
import dev.precis.eval.QuoteEvaluation.Counts;
import dev.precis.eval.QuoteEvaluation.Group;
import dev.precis.eval.QuoteEvaluation.Score;
import dev.precis.eval.QuoteModelTraining;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

final class TrainQuotesCommand implements Callable<Integer> {
  List<Path> files;
  Path out;
  int folds;
  int iterations;

  private final RunContext context;
  private CommandSpec spec;

  TrainQuotesCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    spec = Specs.command(this, "quotes", "Train the attribution model of `quotes -x model` "
        + "and `-x combined` on JSON Lines attribution corpora (the format of "
        + "shared/data/quotes, e.g. polnear-train.jsonl). Files whose name marks them as dev "
        + "or test data are refused.");
    spec.usageMessage().sortOptions(false);
    spec.addPositional(positionals(Path.class, "1..*", this, "files")
        .paramLabel("FILE.jsonl").description("Training files.").build());
    spec.addOption(option(Path.class, this, "out", "--out").paramLabel("FILE")
        .description("Where to write the model (e.g. models/quotes-en.bin); required unless "
            + "--folds is given.")
        .build());
    spec.addOption(option(int.class, this, "folds", "--folds").paramLabel("K")
        .defaultValue("0")
        .description("Also cross-validate: train on K-1 folds of the articles, score rules, "
            + "model and combined on the held-out fold, and print the totals (default: none).")
        .build());
    spec.addOption(option(int.class, this, "iterations", "--iterations")
        .paramLabel("N").defaultValue("100")
        .description("Training iterations of each classifier (default: ${DEFAULT-VALUE}).")
        .build());
    return Specs.withHelpOptions(spec);
  }

  @Override
  public Integer call() throws IOException {
    try {
      return train();
    } catch (opennlp.tools.util.InsufficientTrainingDataException e) {
      throw new InputException(files.get(0).toString(), "too little training data: "
          + e.getMessage(), "give more annotated articles, with cues and non-cues");
    }
  }

  private Integer train() throws IOException {
    if (out == null && folds == 0) {
      throw new ParameterException(spec.commandLine(), "give --out FILE or --folds K");
    }
    if (folds == 1 || folds < 0) {
      throw new ParameterException(spec.commandLine(), "--folds must be 2 or more");
    }
    List<QuoteModelTraining.Doc> docs = read();
    if (folds > 0) {
      Map<String, Score[]> scores = QuoteModelTraining.crossValidate(context.session(), docs,
          folds, iterations, line -> context.stderr().println(line));
      try (Output stdout = Output.stdout(context.stdout())) {
        stdout.write(table(scores));
      }
    }
    if (out != null) {
      QuoteModelTraining.Report[] report = new QuoteModelTraining.Report[1];
      QuoteModel model = QuoteModelTraining.train(context.session(), docs, iterations, report);
      write(model);
      QuoteModelTraining.Report r = report[0];
      context.stderr().printf("trained on %d articles: %d cue questions (%d cues), %d quotes "
          + "(%d annotated), %d cue words -> %s%n", r.articles(), r.cueEvents(), r.cues(),
          r.quoteEvents(), r.kept(), r.cueWords(), out);
    }
    return ExitCodes.OK;
  }

  private List<QuoteModelTraining.Doc> read() {
    List<QuoteModelTraining.Doc> docs = new ArrayList<>();
    TrainingRecords.read(context, files, node -> docs.add(QuoteModelTraining.Doc.fromJson(node)));
    return docs;
  }

  private void write(QuoteModel model) throws IOException {
    Path temp = out.resolveSibling(out.getFileName() + ".tmp");
    try {
      try (OutputStream stream = Files.newOutputStream(temp)) {
        model.write(stream);
      }
      Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UncheckedIOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  private String table(Map<String, Score[]> scores) {
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%d-fold cross-validation (content spans)%n%-18s %-15s %-22s %-22s%n", folds,
        "extractor", "group", "span P / R / F1", "attribution P / R / F1"));
    scores.forEach((name, s) -> {
      for (Group g : Group.values()) {
        table.append(String.format(Locale.ROOT, "%-18s %-15s %-22s %-22s%n",
            g == Group.DIRECT_PARTIAL ? name : "", g.label(), prf(s[g.ordinal()].spans()),
            prf(s[g.ordinal()].attribution())));
      }
    });
    return table.toString();
  }

  private static String prf(Counts c) {
    return String.format(Locale.ROOT, "%5.1f / %5.1f / %5.1f",
        100 * c.precision(), 100 * c.recall(), 100 * c.f1());
  }
}
