package dev.precis.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "precis", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Sentences, summaries, quotes and translations of news articles.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  success (also when the reader of standard output closes it early)",
        "  1  failure: an I/O error while writing, an internal error",
        "  2  bad usage or bad input: unknown option, missing file, undecodable bytes"})
final class PrecisCommand implements Runnable {
  /**
   * The subcommands, in help order. They are not listed in the annotation: Main registers
   * only the one a run names, since building picocli's model of every command is most of a
   * short run's start-up time.
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(SplitCommand.class,
      SummarizeCommand.class, KeywordsCommand.class, QuotesCommand.class,
      TranslateCommand.class, DetectCommand.class, LanguagesCommand.class, ExtractCommand.class,
      BatchCommand.class, ShellCommand.class, EvalCommand.class, TrainCommand.class,
      ConfigCommand.class, CompletionCommand.class);

  @Spec CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  boolean debug;

  @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT,
      defaultValue = "auto", description = "Colour in help: auto (on a terminal, unless NO_COLOR "
          + "is set or TERM=dumb), always or never (default: ${DEFAULT-VALUE}).")
  Terminal.ColorMode color;

  private final RunContext context;

  PrecisCommand(RunContext context) {
    this.context = context;
  }

  /** No command: the shell on an interactive terminal, the usage text elsewhere. */
  @Override
  public void run() {
    Terminal terminal = context.terminal();
    if (terminal.stdinIsTty() && terminal.stdoutIsTty()) {
      ShellCommand.start(context, color);
    } else {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }
}
