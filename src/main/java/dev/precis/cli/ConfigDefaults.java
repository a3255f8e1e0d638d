package dev.precis.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/** Feeds {@link Config} values to picocli as option defaults, so flags still win. */
final class ConfigDefaults implements IDefaultValueProvider {
  private final Config config;
  private final Map<String, String> overrides;

  /** Defaults from {@code config}, under {@code overrides} (the shell's `set` values). */
  ConfigDefaults(Config config, Map<String, String> overrides) {
    this.config = config;
    this.overrides = overrides;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
      return null;
    }
    String path = path(arg.command());
    String key = key(option);
    String override = overrides.getOrDefault(path + "." + key, overrides.get(key));
    if (override != null) {
      return override;
    }
    Config.Setting setting = config.lookup(path, key);
    return setting == null ? null : setting.value();
  }

  /**
   * "split", "eval.sbd": the command's names below the root, joined by dots. A command parsed
   * on its own (batch's worker) has no root above it: its own name is its path.
   */
  static String path(CommandSpec command) {
    String qualified = command.qualifiedName(".");
    int dot = qualified.indexOf('.');
    return dot >= 0 ? qualified.substring(dot + 1)
        : command.parent() == null && command.subcommands().isEmpty() ? qualified : "";
  }

  /**
   * Applies the defaults of options in argument groups (summarize's -n/--words/--ratio), which
   * picocli leaves unset when the group is not on the command line, and checks their values as
   * it checks a flag's: a bad value in the config or environment is a usage error (exit 2).
   * In an exclusive group a flag on the command line wins over every default; among defaults,
   * the group's first option that has one.
   */
  static void applyToGroups(ParseResult parsed) {
    ParseResult last = parsed;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    CommandSpec spec = last.commandSpec();
    IDefaultValueProvider provider = spec.defaultValueProvider();
    if (provider == null) {
      return;
    }
    for (ArgGroupSpec group : spec.argGroups()) {
      if (group.options().stream().anyMatch(last::hasMatchedOption)) {
        continue;
      }
      for (OptionSpec option : group.options()) {
        String value;
        try {
          value = provider.defaultValue(option);
        } catch (Exception e) {
          value = null;
        }
        if (value != null) {
          option.setValue(convert(spec, option, value));
          break;
        }
      }
    }
  }

  private static Object convert(CommandSpec spec, OptionSpec option, String value) {
    Class<?> type = option.type();
    try {
      if (type == Integer.class || type == int.class) {
        return Integer.valueOf(value.strip());
      }
      if (type == Double.class || type == double.class) {
        return Double.valueOf(value.strip());
      }
      if (type == Boolean.class || type == boolean.class) {
        if (!value.strip().equalsIgnoreCase("true") && !value.strip().equalsIgnoreCase("false")) {
          throw new NumberFormatException();
        }
        return Boolean.valueOf(value.strip());
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ParameterException(spec.commandLine(), "invalid default for option '"
          + option.longestName() + "': '" + value + "' is not " + (type == Boolean.class
              || type == boolean.class ? "true or false" : "a number"));
    }
  }

  static String key(OptionSpec option) {
    return option.longestName().replaceFirst("^-+", "");
  }

  /** Every config file key that names no option of any command is an error. */
  static void validate(Config config, CommandLine root) {
    List<String> known = knownKeys(root);
    for (String key : config.fileValues().keySet()) {
      if (!known.contains(key)) {
        throw new Config.ConfigException(config.file() + ": unknown option '" + key
            + "' in config (see 'precis config' for the known ones)");
      }
    }
  }

  /** The keys that name an option: "format" (any command) and "split.format" (one). */
  static List<String> knownKeys(CommandLine root) {
    List<String> known = new ArrayList<>();
    collect(root, known);
    return known;
  }

  private static void collect(CommandLine command, List<String> known) {
    String path = path(command.getCommandSpec());
    for (OptionSpec option : command.getCommandSpec().options()) {
      if (!option.usageHelp() && !option.versionHelp()) {
        known.add(key(option));
        if (!path.isEmpty()) {
          known.add(path + "." + key(option));
        }
      }
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, known));
  }
}
