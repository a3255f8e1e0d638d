package dev.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure precis against gold data.",
    subcommands = {EvalSbdCommand.class, EvalRougeCommand.class, EvalQuotesCommand.class,
        EvalTranslateCommand.class, EvalExtractCommand.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to evaluate");
  }
}
