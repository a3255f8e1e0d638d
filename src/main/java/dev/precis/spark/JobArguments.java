package dev.precis.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's command line: {@code COMMAND [command options] --input PATH --output DIR
 * [--master URL] [--output-format jsonl|parquet] [--input-format jsonl|parquet|files]
 * [--partitions N]}. The job's own options may come anywhere; the rest are the command's.
 */
record JobArguments(String command, List<String> commandOptions, String input, String output,
    String master, String outputFormat, String inputFormat, int partitions) {
  static final String USAGE = "usage: precis-spark COMMAND [command options] --input PATH "
      + "--output DIR [--master local[N]] [--output-format jsonl|parquet] "
      + "[--input-format jsonl|parquet|files] [--partitions N]";

  /** Throws {@link IllegalArgumentException} with what is wrong. */
  static JobArguments parse(String[] args) {
    if (args.length == 0 || args[0].startsWith("-")) {
      throw new IllegalArgumentException("name the command first");
    }
    List<String> options = new ArrayList<>();
    String input = null;
    String output = null;
    String master = null;
    String outputFormat = "jsonl";
    String inputFormat = null;
    int partitions = 0;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      boolean jobOption = switch (name) {
        case "--input", "--output", "--master", "--output-format", "--input-format",
            "--partitions" -> true;
        default -> false;
      };
      if (!jobOption) {
        options.add(arg);
        continue;
      }
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(name + " needs a value");
      }
      switch (name) {
        case "--input" -> input = value;
        case "--output" -> output = value;
        case "--master" -> master = value;
        case "--output-format" -> outputFormat = oneOf(name, value, "jsonl", "parquet");
        case "--input-format" -> inputFormat = oneOf(name, value, "jsonl", "parquet", "files");
        default -> partitions = positive(name, value);
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("--input and --output are required");
    }
    return new JobArguments(args[0], List.copyOf(options), input, output, master, outputFormat,
        inputFormat, partitions);
  }

  private static String oneOf(String name, String value, String... allowed) {
    String v = value.toLowerCase(Locale.ROOT);
    if (!List.of(allowed).contains(v)) {
      throw new IllegalArgumentException("unknown " + name + " '" + value + "' (choose from: "
          + String.join(", ", allowed) + ")");
    }
    return v;
  }

  private static int positive(String name, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a positive number, not '" + value + "'");
  }
}
