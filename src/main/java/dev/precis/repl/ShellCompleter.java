package dev.precis.repl;

import dev.precis.core.Lazy;
import java.util.List;
import java.util.function.Supplier;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.shell.jline3.PicocliJLineCompleter;

/**
 * Tab completion: shell commands and precis commands first, then a precis command's options
 * and option values (from picocli's model), file names where a file can go, and option keys
 * and values after {@code set}.
 */
final class ShellCompleter implements Completer {
  private final Supplier<CommandSpec> commands;
  private final Lazy<PicocliJLineCompleter> precis;
  private final Completer files = new Completers.FileNameCompleter();

  /**
   * {@code commands} is asked for only when a Tab needs it (the shell builds the model of every
   * command once, lazily), so the first prompt does not wait for it.
   */
  ShellCompleter(Supplier<CommandSpec> commands) {
    this.commands = commands;
    this.precis = Lazy.of(() -> new PicocliJLineCompleter(commands.get()));
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    if (line.wordIndex() == 0) {
      ShellWords.SHELL_COMMANDS.forEach(c -> candidates.add(new Candidate(c)));
      commands.get().subcommands().keySet().forEach(c -> candidates.add(new Candidate(c)));
      return;
    }
    String first = line.words().get(0);
    switch (first) {
      case "load" -> files.complete(reader, line, candidates);
      case "set", "unset" -> completeSetting(line, candidates);
      default -> {
        precis.get().complete(reader, line, candidates);
        if (!line.word().startsWith("-")) {
          files.complete(reader, line, candidates);
        }
      }
    }
  }

  private void completeSetting(ParsedLine line, List<Candidate> candidates) {
    if (line.wordIndex() == 1) {
      commands.get().subcommands().values().forEach(sub -> sub.getCommandSpec().options().forEach(o ->
          candidates.add(new Candidate(o.longestName().replaceFirst("^-+", "")))));
      candidates.add(new Candidate("lang"));
    } else if (line.wordIndex() == 2) {
      String key = ShellState.key(line.words().get(1));
      commands.get().subcommands().values().forEach(sub -> sub.getCommandSpec().options().stream()
          .filter(o -> o.longestName().equals("--" + key) && o.completionCandidates() != null)
          .forEach(o -> o.completionCandidates().forEach(v -> candidates.add(new Candidate(v)))));
    }
  }
}
