package dev.precis.cli;

import static dev.precis.cli.Specs.positional;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

final class CompletionCommand implements Callable<Integer> {
  enum Shell { bash, zsh }

  Shell shell;

  private final RunContext context;

  CompletionCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    CommandSpec spec = Specs.command(this, "completion",
        "Print a shell completion script for precis.",
        "bash: source <(precis completion bash)   (or save it under "
            + "~/.local/share/bash-completion/completions/precis)",
        "zsh:  source <(precis completion zsh)");
    spec.addPositional(positional(Shell.class, this, "shell").paramLabel("SHELL")
        .description("bash or zsh.").build());
    return Specs.withHelpOptions(spec);
  }

  @Override
  public Integer call() {
    String script = AutoComplete.bash("precis", Main.fullCommandLine(context));
    if (shell == Shell.zsh) {
      // picocli's script is bash; zsh runs it through its bash-completion emulation.
      script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
          + script;
    }
    try (Output out = Output.stdout(context.stdout())) {
      out.write(script);
    }
    return ExitCodes.OK;
  }
}
