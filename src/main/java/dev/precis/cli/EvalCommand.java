package dev.precis.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

final class EvalCommand implements Runnable {
  private final RunContext context;
  private CommandSpec spec;

  EvalCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    spec = Specs.withHelpOptions(
        Specs.command(this, "eval", "Measure precis against gold data."));
    spec.addSubcommand("sbd", new EvalSbdCommand(context).commandSpec());
    spec.addSubcommand("rouge", new EvalRougeCommand(context).commandSpec());
    spec.addSubcommand("quotes", new EvalQuotesCommand(context).commandSpec());
    spec.addSubcommand("speakers", new EvalSpeakersCommand(context).commandSpec());
    spec.addSubcommand("translate", new EvalTranslateCommand(context).commandSpec());
    spec.addSubcommand("extract", new EvalExtractCommand(context).commandSpec());
    spec.addSubcommand("summaries", new EvalSummariesCommand(context).commandSpec());
    spec.addSubcommand("keywords", new EvalKeywordsCommand(context).commandSpec());
    return spec;
  }

  /** --seconds, which the evaluations that measure throughput share. */
  static OptionSpec secondsOption(String defaultValue, Object owner, String field) {
    return Specs.option(double.class, owner, field, "--seconds").paramLabel("S")
        .defaultValue(defaultValue)
        .description("Time for each throughput measurement, 0 to skip (default: ${DEFAULT-VALUE}).")
        .build();
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name what to evaluate");
  }
}
