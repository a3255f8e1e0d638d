package dev.precis.cli;

import dev.precis.core.InputException;
import dev.precis.core.Session;
import dev.precis.core.UnknownNameException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The entry point. {@link #run} takes the standard streams as arguments and returns the exit
 * code, so every CLI test runs in-process; only {@link #main} touches the real process.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // picocli registers converters for java.sql, java.time and Path by reflection, checking a
    // regex compiled anew for each type, on every command line it builds: precis has no
    // options of those types but Path, which has a converter of its own (Specs).
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", ".*");
    }
    // picocli's default factory probes for Groovy closures (Class.forName("groovy.lang.Closure")):
    // the miss makes the class loader open and search every jar on the class path (all 16 of
    // lib/), about 20 ms of CPU time, measured on `split` of the seed article.
    if (System.getProperty("picocli.disable.closures") == null) {
      System.setProperty("picocli.disable.closures", "true");
    }
    // Unbuffered raw streams: Output buffers itself and must see a closed pipe as an error,
    // which System.out (a PrintStream) would swallow.
    int code = run(args, new FileInputStream(FileDescriptor.in),
        new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
        Terminal.current());
    System.exit(code);
  }

  /** Runs precis with the given streams and no terminal (how tests run it). */
  public static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
    return run(args, stdin, stdout, stderr, Terminal.none(Map.of()));
  }

  public static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr,
      Terminal terminal) {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    try (Session session = new Session()) {
      return execute(args, new RunContext(session, stdin, stdout, err, terminal), Map.of());
    }
  }

  /**
   * Runs one command line in {@code context}; {@code overrides} are option defaults above the
   * config file (the shell's `set` values). The shell calls this once per command it runs,
   * with one session, so models load once.
   */
  public static int execute(String[] args, RunContext context, Map<String, String> overrides) {
    PrintWriter err = context.stderr();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(context.stdout(), StandardCharsets.UTF_8), true);
    boolean debug = Arrays.asList(args).contains("--debug");
    int code;
    try {
      CommandLine commandLine = commandLine(context, args, overrides);
      commandLine.setOut(out)
          .setErr(err)
          .setExecutionExceptionHandler(new ExecutionErrors(err, debug))
          .setParameterExceptionHandler(new UsageErrors(err))
          .setExecutionStrategy(parsed -> {
            ConfigDefaults.applyToGroups(parsed);
            return new CommandLine.RunLast().execute(parsed);
          });
      code = commandLine.execute(args);
    } catch (Config.ConfigException e) {
      err.println(TerminalText.oneLine("precis: " + e.getMessage()));
      code = ExitCodes.BAD_INPUT;
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The command line for {@code args}: the root with only the subcommand {@code args} names
   * (building picocli's model of every command is most of a short run's start-up), or with all
   * of them when it names none (help) or the user has a config file to check.
   */
  static CommandLine commandLine(RunContext context, String[] args, Map<String, String> overrides) {
    Config config = Config.load(context.terminal().env());
    CommandLine root = new CommandLine(new PrecisCommand(context).commandSpec());
    String name = null;
    for (int i = 0; i < args.length && name == null; i++) {
      name = args[i].startsWith("-") ? null : args[i];
    }
    CommandSpec named = PrecisCommand.subcommand(name, context);
    if (named != null && config.fileValues().isEmpty()) {
      root.addSubcommand(named);
    } else {
      addAllSubcommands(root, context);
      ConfigDefaults.validate(config, root);
    }
    root.setCaseInsensitiveEnumValuesAllowed(true);
    if (root.getSubcommands().containsKey("batch")) {
      // Everything after the batched command's name belongs to that command.
      root.getSubcommands().get("batch").setStopAtPositional(true);
    }
    if (!config.isEmpty() || !overrides.isEmpty()) {
      root.setDefaultValueProvider(new ConfigDefaults(config, overrides));
    }
    boolean colour = context.terminal().colourAllowed(context.terminal().stdoutIsTty(), colorMode(args));
    root.setColorScheme(Help.defaultColorScheme(colour ? Help.Ansi.ON : Help.Ansi.OFF));
    return root;
  }

  /** The root with every subcommand, for completion scripts, the man page and `config`. */
  public static CommandLine fullCommandLine(RunContext context) {
    CommandLine root = new CommandLine(new PrecisCommand(context).commandSpec());
    addAllSubcommands(root, context);
    return root;
  }

  private static void addAllSubcommands(CommandLine root, RunContext context) {
    for (String name : PrecisCommand.SUBCOMMANDS) {
      root.addSubcommand(PrecisCommand.subcommand(name, context));
    }
  }

  /** The option keys `set` and the config file accept: "format", "split.format", ... */
  public static List<String> optionKeys(CommandLine root) {
    return ConfigDefaults.knownKeys(root);
  }

  /** The --color choice, read before parsing since it shapes how parse errors look. */
  private static Terminal.ColorMode colorMode(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = args[i].startsWith("--color=") ? args[i].substring(8)
          : args[i].equals("--color") && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        for (Terminal.ColorMode mode : Terminal.ColorMode.values()) {
          if (mode.name().equalsIgnoreCase(value)) {
            return mode;
          }
        }
      }
    }
    return Terminal.ColorMode.AUTO;
  }

  /** Usage mistakes: one line naming the mistake and where help is, exit 2. */
  private static final class UsageErrors implements IParameterExceptionHandler {
    private final PrintWriter err;

    UsageErrors(PrintWriter err) {
      this.err = err;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
      String command = e.getCommandLine().getCommandSpec().qualifiedName();
      err.println(TerminalText.oneLine("precis: " + message(e) + " (" + suggestion(e)
          + "see '" + command + " --help')"));
      return ExitCodes.BAD_INPUT;
    }

    /** picocli's message, said plainly when the mistake is an unknown command. */
    private static String message(ParameterException e) {
      if (e instanceof UnmatchedArgumentException unmatched && unmatched.isUnknownOption()) {
        return e.getMessage();
      }
      if (e instanceof UnmatchedArgumentException unmatched
          && !e.getCommandLine().getSubcommands().isEmpty()
          && !unmatched.getUnmatched().isEmpty()) {
        return "unknown command '" + unmatched.getUnmatched().get(0) + "'";
      }
      return e.getMessage();
    }

    /** "did you mean summarize? " when picocli finds a close command or option name. */
    private static String suggestion(ParameterException e) {
      if (!(e instanceof UnmatchedArgumentException unmatched)) {
        return "";
      }
      List<String> close = unmatched.getSuggestions();
      if (close.isEmpty()) {
        return "";
      }
      return "did you mean " + String.join(" or ", close.subList(0, Math.min(3, close.size())))
          + "? ";
    }
  }

  /** Errors while a command runs: one line, a stack trace only with --debug. */
  private static final class ExecutionErrors implements IExecutionExceptionHandler {
    private final PrintWriter err;
    private final boolean debug;

    ExecutionErrors(PrintWriter err, boolean debug) {
      this.err = err;
      this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
      if (e instanceof ClosedOutputException) {
        return ExitCodes.OK;
      }
      if (debug) {
        e.printStackTrace(err);
      }
      ErrorReporter reporter = new ErrorReporter(err);
      if (e instanceof InputException input) {
        reporter.report(input);
        return ExitCodes.BAD_INPUT;
      }
      if (e instanceof dev.precis.core.ModelException model) {
        reporter.line(model.source(), model.getMessage(), model.hint());
        return ExitCodes.FAILURE;
      }
      if (e instanceof UnknownNameException) {
        reporter.line(null, e.getMessage(), null);
        return ExitCodes.BAD_INPUT;
      }
      if (e instanceof Output.OutputFileException output) {
        reporter.line(output.path, output.getMessage(), null);
        return ExitCodes.BAD_INPUT;
      }
      if (e instanceof Output.OutputWriteException write) {
        reporter.line(write.path, write.getMessage(), null);
        return ExitCodes.FAILURE;
      }
      if (e instanceof UncheckedIOException io) {
        reporter.line(null, io.getMessage() + ": " + io.getCause().getMessage(), null);
        return ExitCodes.FAILURE;
      }
      reporter.line(null, "internal error: " + e, debug ? null : "run with --debug for details");
      return ExitCodes.FAILURE;
    }
  }
}
