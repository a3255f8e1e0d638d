package dev.precis.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

final class ConfigCommand implements Callable<Integer> {
  private final RunContext context;

  ConfigCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    return Specs.withHelpOptions(Specs.command(this, "config", "Print every option default in "
        + "effect and where it came from: the built-in default, the config file "
        + "($XDG_CONFIG_HOME/precis/config.properties) or a PRECIS_* environment variable. Flags "
        + "on the command line win over all of these.",
        "Keys: an option's long name for every command (format=json) or for one "
        + "(split.splitter=opennlp); variables: PRECIS_FORMAT, PRECIS_SPLIT_SPLITTER."));
  }

  @Override
  public Integer call() {
    Config config = Config.load(context.terminal().env());
    CommandLine all = Main.fullCommandLine(context);
    ConfigDefaults.validate(config, all);
    StringBuilder out = new StringBuilder("# config file: " + config.file() + "\n");
    describe(all, config, out);
    try (Output output = Output.stdout(context.stdout())) {
      output.write(out.toString());
    }
    return ExitCodes.OK;
  }

  private static void describe(CommandLine command, Config config, StringBuilder out) {
    String path = ConfigDefaults.path(command.getCommandSpec());
    for (OptionSpec option : command.getCommandSpec().options()) {
      if (option.usageHelp() || option.versionHelp() || option.arity().max() == 0
          || option.inherited()) {
        continue;
      }
      String key = (path.isEmpty() ? "" : path + ".") + ConfigDefaults.key(option);
      Config.Setting setting = config.lookup(path, ConfigDefaults.key(option));
      String value = setting != null ? setting.value()
          : option.defaultValue() == null ? "" : option.defaultValue();
      out.append(key).append(" = ").append(value)
          .append("    # ").append(setting != null ? setting.origin() : "default").append('\n');
    }
    command.getSubcommands().values().forEach(sub -> describe(sub, config, out));
  }
}
