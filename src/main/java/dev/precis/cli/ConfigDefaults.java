package dev.precis.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
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

  /** "split", "eval.sbd": the command's names below the root, joined by dots. */
  static String path(CommandSpec command) {
    String qualified = command.qualifiedName(".");
    int dot = qualified.indexOf('.');
    return dot < 0 ? "" : qualified.substring(dot + 1);
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
