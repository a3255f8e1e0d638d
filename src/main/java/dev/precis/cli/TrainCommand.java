package dev.precis.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

final class TrainCommand implements Runnable {
  private final RunContext context;
  private CommandSpec spec;

  TrainCommand(RunContext context) {
    this.context = context;
  }

  /** Without -h/--help and -V/--version, as it always was. */
  CommandSpec commandSpec() {
    spec = Specs.command(this, "train", "Rebuild a trained model from training data.");
    spec.addSubcommand("ranker", new TrainRankerCommand(context).commandSpec());
    spec.addSubcommand("quotes", new TrainQuotesCommand(context).commandSpec());
    return spec;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name what to train");
  }
}
