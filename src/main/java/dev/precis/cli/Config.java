package dev.precis.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Option defaults from the user: {@code $XDG_CONFIG_HOME/precis/config.properties} (or
 * {@code ~/.config/...}), then {@code PRECIS_*} environment variables; flags on the command
 * line win over both. A key is an option's long name without dashes, either for every command
 * ({@code format=json}) or for one ({@code split.splitter=opennlp}, {@code eval.sbd.seconds=1});
 * the environment variable for it is {@code PRECIS_FORMAT}, {@code PRECIS_SPLIT_SPLITTER}.
 */
final class Config {
  /** A value and where it came from ("default", the file path, or the variable's name). */
  record Setting(String value, String origin) {}

  private final Path file;
  private final Map<String, String> fileValues;
  private final Map<String, String> env;

  private Config(Path file, Map<String, String> fileValues, Map<String, String> env) {
    this.file = file;
    this.fileValues = fileValues;
    this.env = env;
  }

  /** Reads the config file, if there is one; a file that cannot be read is a usage error. */
  static Config load(Map<String, String> env) {
    Path file = location(env);
    Map<String, String> values = new TreeMap<>();
    // checked first: opening a missing file costs an exception on every start
    if (file != null && Files.isRegularFile(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        Properties properties = new Properties();
        properties.load(in);
        properties.stringPropertyNames().forEach(k -> values.put(k.strip(), properties.getProperty(k).strip()));
      } catch (NoSuchFileException e) {
        // No config file: defaults and environment only.
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException(file + ": cannot read config: " + e.getMessage());
      }
    }
    return new Config(file, values, env);
  }

  private static Path location(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "precis", "config.properties");
    }
    String home = env.get("HOME");
    return home == null ? null : Path.of(home, ".config", "precis", "config.properties");
  }

  Path file() {
    return file;
  }

  /** The keys the config file sets, for validation. */
  Map<String, String> fileValues() {
    return fileValues;
  }

  /** Whether the user set nothing. A loop, not a stream: it runs on every start. */
  boolean isEmpty() {
    if (!fileValues.isEmpty()) {
      return false;
    }
    for (String name : env.keySet()) {
      if (name.startsWith("PRECIS_")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The user's default for option {@code option} of command {@code command} (a dotted path
   * below the root such as "split" or "eval.sbd"), or null when the user set none.
   */
  Setting lookup(String command, String option) {
    Map<String, String> candidates = new LinkedHashMap<>();
    candidates.put(envName(command + "." + option), null);
    candidates.put(envName(option), null);
    for (String name : candidates.keySet()) {
      if (env.containsKey(name)) {
        return new Setting(env.get(name), name);
      }
    }
    for (String key : new String[] {command + "." + option, option}) {
      if (fileValues.containsKey(key)) {
        return new Setting(fileValues.get(key), file.toString());
      }
    }
    return null;
  }

  static String envName(String key) {
    return "PRECIS_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** A config file that cannot be used; reported as one line, exit 2. */
  static final class ConfigException extends RuntimeException {
    ConfigException(String message) {
      super(message);
    }
  }
}
