package dev.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "precis", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Sentences, summaries, quotes and translations of news articles.",
    subcommands = {SplitCommand.class, TranslateCommand.class, DetectCommand.class,
        LanguagesCommand.class, EvalCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  success (also when the reader of standard output closes it early)",
        "  1  failure: an I/O error while writing, an internal error",
        "  2  bad usage or bad input: unknown option, missing file, undecodable bytes"})
final class PrecisCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  boolean debug;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
