package dev.precis.cli;

import static dev.precis.cli.Specs.option;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

final class PrecisCommand implements Runnable {
  /**
   * The subcommands by name, in help order, each as a function that builds its model for a
   * run. The root's model does not list them: Main adds only the one a run names, since
   * building picocli's model of every command is most of a short run's start-up time.
   */
  static final Map<String, Function<RunContext, CommandSpec>> SUBCOMMANDS = subcommands();

  private static Map<String, Function<RunContext, CommandSpec>> subcommands() {
    Map<String, Function<RunContext, CommandSpec>> commands = new LinkedHashMap<>();
    commands.put("split", context -> new SplitCommand(context).commandSpec());
    commands.put("summarize", context -> new SummarizeCommand(context).commandSpec());
    commands.put("keywords", context -> new KeywordsCommand(context).commandSpec());
    commands.put("quotes", context -> new QuotesCommand(context).commandSpec());
    commands.put("translate", context -> new TranslateCommand(context).commandSpec());
    commands.put("detect", context -> new DetectCommand(context).commandSpec());
    commands.put("languages", context -> new LanguagesCommand(context).commandSpec());
    commands.put("extract", context -> new ExtractCommand(context).commandSpec());
    commands.put("batch", context -> new BatchCommand(context).commandSpec());
    commands.put("shell", context -> new ShellCommand(context).commandSpec());
    commands.put("eval", context -> new EvalCommand(context).commandSpec());
    commands.put("train", context -> new TrainCommand(context).commandSpec());
    commands.put("config", context -> new ConfigCommand(context).commandSpec());
    commands.put("completion", context -> new CompletionCommand(context).commandSpec());
    return Collections.unmodifiableMap(commands);
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
    spec.addOption(option(boolean.class, () -> debug, v -> debug = v, "--debug")
        .scopeType(ScopeType.INHERIT).description("Print the stack trace of an error.").build());
    spec.addOption(option(Terminal.ColorMode.class, () -> color, v -> color = v, "--color")
        .paramLabel("WHEN").scopeType(ScopeType.INHERIT).defaultValue("auto")
        .description("Colour in help: auto (on a terminal, unless NO_COLOR "
            + "is set or TERM=dumb), always or never (default: ${DEFAULT-VALUE}).")
        .build());
    return Specs.withHelpOptions(spec);
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
