package dev.precis.cli;

import static dev.precis.cli.Specs.option;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

final class PrecisCommand implements Callable<Integer> {
  /**
   * The subcommands' names, in help order. The root's model does not list them: Main adds
   * only the one a run names, since building picocli's model of every command is most of a
   * short run's start-up time.
   */
  static final List<String> SUBCOMMANDS = List.of("split", "summarize", "keywords", "quotes",
      "translate", "detect", "languages", "extract", "batch", "shell", "eval", "train", "config",
      "completion");

  /**
   * The model of the subcommand {@code name} for a run, or null when there is none. A switch,
   * not a map of lambdas: linking fourteen lambdas cost more than building the one model used.
   */
  static CommandSpec subcommand(String name, RunContext context) {
    switch (name == null ? "" : name) {
      case "split": return new SplitCommand(context).commandSpec();
      case "summarize": return new SummarizeCommand(context).commandSpec();
      case "keywords": return new KeywordsCommand(context).commandSpec();
      case "quotes": return new QuotesCommand(context).commandSpec();
      case "translate": return new TranslateCommand(context).commandSpec();
      case "detect": return new DetectCommand(context).commandSpec();
      case "languages": return new LanguagesCommand(context).commandSpec();
      case "extract": return new ExtractCommand(context).commandSpec();
      case "batch": return new BatchCommand(context).commandSpec();
      case "shell": return new ShellCommand(context).commandSpec();
      case "eval": return new EvalCommand(context).commandSpec();
      case "train": return new TrainCommand(context).commandSpec();
      case "config": return new ConfigCommand(context).commandSpec();
      case "completion": return new CompletionCommand(context).commandSpec();
      default: return null;
    }
  }

  boolean debug;
  Terminal.ColorMode color;

  private final RunContext context;
  private CommandSpec spec;

  PrecisCommand(RunContext context) {
    this.context = context;
  }

  /** The root's model, without subcommands. */
  CommandSpec commandSpec() {
    spec = Specs.command(this, "precis",
        "Sentences, summaries, quotes and translations of news articles.");
    spec.versionProvider(new VersionProvider());
    spec.usageMessage().footerHeading("%nExit codes:%n").footer(
        "  0  success (also when the reader of standard output closes it early)",
        "  1  failure: an I/O error while writing, an internal error",
        "  2  bad usage or bad input: unknown option, missing file, undecodable bytes");
    spec.addOption(option(boolean.class, this, "debug", "--debug")
        .scopeType(ScopeType.INHERIT).description("Print the stack trace of an error.").build());
    spec.addOption(option(Terminal.ColorMode.class, this, "color", "--color")
        .paramLabel("WHEN").scopeType(ScopeType.INHERIT).defaultValue("auto")
        .description("Colour in help: auto (on a terminal, unless NO_COLOR "
            + "is set or TERM=dumb), always or never (default: ${DEFAULT-VALUE}).")
        .build());
    return Specs.withHelpOptions(spec);
  }

  /**
   * No command: the shell on an interactive terminal; elsewhere (a pipe, a script) a usage
   * error, since text piped to a bare `precis` was meant for a command it did not name.
   */
  @Override
  public Integer call() {
    Terminal terminal = context.terminal();
    if (terminal.stdinIsTty() && terminal.stdoutIsTty()) {
      return ShellCommand.start(context, color);
    }
    context.stderr().println("precis: no command given (e.g. 'precis split FILE'; "
        + "see 'precis --help')");
    return ExitCodes.BAD_INPUT;
  }
}
