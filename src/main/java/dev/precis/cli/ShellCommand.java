package dev.precis.cli;

import dev.precis.repl.Shell;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class ShellCommand implements Callable<Integer> {
  private final RunContext context;
  private CommandSpec spec;

  ShellCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    spec = Specs.command(this, "shell", "Interactive shell: load or paste an article once, then "
        + "run any command on it (split, split -f json, ...) with history, completion and "
        + "paging. 'precis' with no command starts it on a terminal.",
        "History: $XDG_DATA_HOME/precis/history (or ~/.local/share/precis/history).");
    return Specs.withHelpOptions(spec);
  }

  @Override
  public Integer call() {
    // --color is the root's option, inherited: its value is in the root command's field.
    PrecisCommand root = (PrecisCommand) spec.root().userObject();
    return start(context, root.color);
  }

  static int start(RunContext context, Terminal.ColorMode color) {
    context.session().expectManyDocuments();
    Terminal terminal = context.terminal();
    boolean interactive = terminal.stdinIsTty() && terminal.stdoutIsTty();
    boolean colour = interactive && terminal.colourAllowed(true, color);
    return Shell.start(context, interactive, colour, Shell.historyFile(terminal.env()));
  }
}
