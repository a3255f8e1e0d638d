package dev.precis.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print a shell completion script for precis.",
        "bash: source <(precis completion bash)   (or save it under "
            + "~/.local/share/bash-completion/completions/precis)",
        "zsh:  source <(precis completion zsh)"})
final class CompletionCommand implements Callable<Integer> {
  enum Shell { bash, zsh }

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  private final RunContext context;

  CompletionCommand(RunContext context) {
    this.context = context;
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
