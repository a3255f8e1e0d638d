package dev.precis.cli;

import static dev.precis.cli.Specs.positional;

import java.util.concurrent.Callable;
import dev.precis.core.translate.ApertiumTranslator;
import java.util.List;
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
    String script = CompletionScript.bash(Main.fullCommandLine(context), this::installedPairs);
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

  /** [from, to] of each Apertium pair installed now, none when Apertium is not. */
  private List<String[]> installedPairs() {
    try {
      return context.session().translator(ApertiumTranslator.NAME, null).pairs().stream()
          .map(p -> new String[] {p.from(), p.to()}).toList();
    } catch (RuntimeException e) {
      return List.of(); // no Apertium: --to completes nothing, as before
    }
  }
}
