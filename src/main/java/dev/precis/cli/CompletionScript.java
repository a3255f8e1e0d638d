package dev.precis.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The bash completion script: picocli's, with what it gets wrong for precis put right.
 *
 * <ul>
 *   <li>picocli names each option's list of values after its parameter label, so options that
 *       share a label (NAME: --splitter, --method, --translator) share one variable and the last
 *       list wins; here each option's values are written into its own case arm.
 *   <li>Enum values are offered in lower case, as help spells them (the parser takes any case).
 *   <li>Options whose values picocli cannot know get them: quotes --kind, summarize --order,
 *       and --to/--from from the Apertium pairs installed when the script is made.
 *   <li>Where a command takes FILEs (or a DIR), other words complete as file names.
 *   <li>{@code batch COMMAND}: COMMAND completes to a document command, and after it the
 *       words complete as that command's.
 * </ul>
 */
final class CompletionScript {
  private static final Pattern ARRAY =
      Pattern.compile("^(\\s*)local \\w+_option_args=\\((.*)\\) # (\\S+) values$");
  private static final Pattern ARM = Pattern.compile("^\\s*('[^']+'(?:\\|'[^']+')*)\\)$");
  private static final Pattern FUNCTION = Pattern.compile("^function _picocli_(\\w+)\\(\\) \\{$");
  private static final String POSITIONALS_REPLY =
      "COMPREPLY=( $(compgen -W \"${commands// /$'\\n'}${IFS}${positionals}\" -- \"${curr_word}\") )";

  private CompletionScript() {}

  /** The script for {@code root} (every subcommand added); {@code pairs} gives [from, to] codes. */
  static String bash(CommandLine root, Supplier<List<String[]>> pairs) {
    return rewrite(AutoComplete.bash("precis", root), root, pairs);
  }

  /** The values to offer for {@code option} of {@code spec}, or null to keep picocli's reply. */
  private static List<String> candidates(CommandSpec spec, OptionSpec option,
      Supplier<List<String[]>> pairs) {
    String name = option.longestName();
    if (name.equals("--kind") && spec.name().equals("quotes")) {
      return List.of("direct", "partial", "indirect");
    }
    if (name.equals("--order") && spec.name().equals("summarize")) {
      return List.of("original", "rank");
    }
    if ((name.equals("--to") || name.equals("--from")) && option.completionCandidates() == null) {
      int side = name.equals("--from") ? 0 : 1;
      return pairs.get().stream().map(p -> p[side]).distinct().sorted().toList();
    }
    if (option.completionCandidates() == null) {
      return null;
    }
    List<String> values = new ArrayList<>();
    boolean lower = option.type().isEnum();
    option.completionCandidates().forEach(v -> values.add(lower ? v.toLowerCase(Locale.ROOT) : v));
    return values;
  }

  /**
   * picocli's script with each option's values written into its own case arm (no shared
   * variables), file names for FILE positionals and batch's COMMAND.
   */
  static String rewrite(String script, CommandLine root, Supplier<List<String[]>> pairs) {
    Map<String, CommandLine> byFunction = new java.util.HashMap<>();
    collect(root, "precis", byFunction);
    StringBuilder out = new StringBuilder(script.length() + 2048);
    CommandLine current = null;
    String[] lines = script.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher function = FUNCTION.matcher(line);
      Matcher arm = ARM.matcher(line);
      if (function.matches()) {
        current = byFunction.get(function.group(1));
        out.append(line).append('\n');
        if (current != null && current.getCommandSpec().name().equals("batch")) {
          out.append(batchDelegation(root));
        }
        continue;
      }
      if (ARRAY.matcher(line).matches()) {
        continue; // the values go into each option's arm below
      }
      if (arm.matches() && current != null) {
        OptionSpec option = current.getCommandSpec().findOption(longest(arm.group(1)));
        List<String> values = option == null ? null
            : candidates(current.getCommandSpec(), option, pairs);
        if (values != null) {
          out.append(line).append('\n').append(reply(values));
          while (i + 1 < lines.length && !lines[i].strip().equals(";;")) {
            i++; // picocli's body of this arm
          }
          out.append("      ;;\n");
          continue;
        }
      } else if (line.strip().equals(POSITIONALS_REPLY) && current != null) {
        line = positionalsReply(current, line);
      }
      out.append(line).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /** The body of a case arm offering {@code values}. */
  private static String reply(List<String> values) {
    StringBuilder words = new StringBuilder();
    for (String v : values) {
      words.append(" '").append(v.replace("'", "'\\''")).append('\'');
    }
    return "      local IFS=$'\\n'\n"
        + "      COMPREPLY=( $( compReplyArray" + words + " ) )\n"
        + "      return $?\n";
  }

  private static void collect(CommandLine command, String function, Map<String, CommandLine> into) {
    into.put(function, command);
    command.getSubcommands().forEach((name, sub) ->
        collect(sub, function + "_" + name.replace('-', '_'), into));
  }

  private static String longest(String arm) {
    return List.of(arm.replace("'", "").split("\\|")).stream()
        .max(Comparator.comparingInt(String::length)).orElse(arm);
  }

  /** The reply for a non-option word: file names too where the command reads files. */
  private static String positionalsReply(CommandLine command, String line) {
    CommandSpec spec = command.getCommandSpec();
    boolean files = spec.positionalParameters().stream().map(PositionalParamSpec::paramLabel)
        .anyMatch(label -> label.contains("FILE") || label.contains("DIR"));
    if (spec.name().equals("batch")) {
      String names = String.join("\\n", documentCommands(command.getParent()));
      return "    COMPREPLY=( $(compgen -W $'" + names + "' -- \"${curr_word}\") )";
    }
    if (!files) {
      return line;
    }
    return "    type compopt &>/dev/null && compopt -o filenames\n"
        + "    COMPREPLY=( $(compgen -W \"${commands// /$'\\n'}${IFS}${positionals}\" -- "
        + "\"${curr_word}\") $(compgen -f -- \"${curr_word}\") )";
  }

  /** The commands batch can run: those that turn each document into one result. */
  private static List<String> documentCommands(CommandLine root) {
    return root.getSubcommands().entrySet().stream()
        .filter(e -> e.getValue().getCommandSpec().userObject() instanceof DocumentCommand)
        .map(Map.Entry::getKey).toList();
  }

  /**
   * The start of batch's function: once a document command is named after `batch`, the
   * words complete as that command's.
   */
  private static String batchDelegation(CommandLine root) {
    String names = String.join("|", documentCommands(root));
    // An index loop, not an array slice: zsh reads ${COMP_WORDS[@]:2:COMP_CWORD-2} as modifiers.
    return "  local batch_i\n"
        + "  for (( batch_i = 2; batch_i < COMP_CWORD; batch_i++ )); do\n"
        + "    case \"${COMP_WORDS[batch_i]}\" in\n"
        + "      " + names + ") \"_picocli_precis_${COMP_WORDS[batch_i]}\"; return $? ;;\n"
        + "    esac\n"
        + "  done\n";
  }
}
