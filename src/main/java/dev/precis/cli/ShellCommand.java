package dev.precis.cli;

import dev.precis.repl.Shell;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "shell", mixinStandardHelpOptions = true,
    description = {"Interactive shell: load or paste an article once, then run any command on it "
        + "(split, split -f json, ...) with history, completion and paging. "
        + "'precis' with no command starts it on a terminal.",
        "History: $XDG_DATA_HOME/precis/history (or ~/.local/share/precis/history)."})
final class ShellCommand implements Callable<Integer> {
  @ParentCommand PrecisCommand parent;

  private final RunContext context;

  ShellCommand(RunContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return start(context, parent.color);
  }

  static int start(RunContext context, Terminal.ColorMode color) {
    context.session().expectManyDocuments();
    Terminal terminal = context.terminal();
    boolean interactive = terminal.stdinIsTty() && terminal.stdoutIsTty();
    boolean colour = interactive && terminal.colourAllowed(true, color);
    return Shell.start(context, interactive, colour, Shell.historyFile(terminal.env()));
  }
}
