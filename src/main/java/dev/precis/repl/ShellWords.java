package dev.precis.repl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The shell's own command words, their help lines, and "did you mean" for a mistyped one. */
final class ShellWords {
  static final List<String> SHELL_COMMANDS =
      List.of("help", "load", "paste", "show", "set", "unset", "time", "clear", "exit", "quit");

  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

  private ShellWords() {}

  /**
   * The names within two edits of {@code word}, or that start with it, closest first (ties in
   * the order given), at most three: "summarise" gives "summarize".
   */
  static List<String> closest(String word, List<String> names) {
    String typed = word.toLowerCase(Locale.ROOT);
    List<String> close = new ArrayList<>();
    for (String name : names) {
      if (distance(typed, name) <= 2 && !close.contains(name)) {
        close.add(name);
      }
    }
    close.sort(Comparator.comparingInt(name -> distance(typed, name)));
    return close.subList(0, Math.min(3, close.size()));
  }

  private static int distance(String typed, String name) {
    if (typed.length() >= 2 && name.startsWith(typed)) {
      return 1;
    }
    int d = DISTANCE.apply(typed, name);
    return d < 0 ? Integer.MAX_VALUE : d;
  }

  /**
   * The lines of {@code help} (the shell's help text) about the shell command {@code word},
   * or null when it is none of them: `help load` explains load.
   */
  static String helpOf(String help, String word) {
    if (!SHELL_COMMANDS.contains(word)) {
      return null;
    }
    StringBuilder lines = new StringBuilder();
    boolean inEntry = false;
    for (String line : help.split("\n")) {
      if (line.startsWith("    ")) { // an entry's continuation line
        if (inEntry) {
          lines.append(line).append('\n');
        }
        continue;
      }
      String trimmed = line.strip();
      inEntry = line.startsWith("  ") && (trimmed.startsWith(word + " ")
          || trimmed.startsWith(word + ",") || trimmed.contains(", " + word + " "));
      if (inEntry) {
        lines.append(line).append('\n');
      }
    }
    return lines.length() == 0 ? null : lines.toString();
  }
}
