package dev.precis.repl;

import dev.precis.cli.Main;
import dev.precis.cli.RunContext;
import dev.precis.core.InputException;
import dev.precis.core.Lazy;
import dev.precis.html.InputKind;
import dev.precis.html.Inputs;
import dev.precis.io.InputDocument;
import dev.precis.io.InputReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.text.WordUtils;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;
import picocli.CommandLine;

/**
 * The interactive shell: reads a line, runs a shell command (load, paste, show, set) or any
 * precis command on the loaded article, and prints the result wrapped to the terminal, paged
 * when longer than a screen. Errors print one line and the shell goes on.
 */
public final class Shell {
  private static final String HELP = String.join("\n",
      "Shell commands:",
      "  load FILE|URL     load an article (commands without a FILE work on it); of a",
      "                    web page, its article text, as commands read HTML",
      "  paste             paste an article; end with a line of only '.' or Ctrl-D",
      "  show              the article with paragraph (¶) and sentence ([n]) numbers",
      "  set [KEY VALUE]   show or set option defaults: set format json, set lang es",
      "  unset KEY         drop a default",
      "  time COMMAND...   run a command and print how long it took",
      "  clear             clear the screen",
      "  help [COMMAND]    this text, or a command's options",
      "  exit, quit        leave (or Ctrl-D); Ctrl-C cancels a line or running command",
      "");

  private final RunContext base;
  /**
   * The model of every command, for completion and for checking `set` keys: built once, when
   * first needed, so the first prompt does not wait for it.
   */
  private final Lazy<CommandLine> commands;
  private final Terminal terminal;
  private final ShellState state;
  private final LineReader reader;
  private final boolean colour;
  /** Whether commands come from a script (a pipe or a file), not a person at a terminal. */
  private final boolean scripted;
  /** The exit code of the last command that failed, 0 while none has: a script's exit code. */
  private int failure;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "precis-command");
    thread.setDaemon(true);
    return thread;
  });

  /** Reads `load`s; a new thread when one is stuck on a FIFO (see {@link #load}). */
  private final ExecutorService loader = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "precis-load");
    thread.setDaemon(true);
    return thread;
  });

  public Shell(RunContext base, Terminal terminal, Path historyFile, boolean colour) {
    this.base = base;
    this.commands = Lazy.of(() -> Main.fullCommandLine(base));
    this.terminal = terminal;
    this.state = new ShellState(base.session());
    this.colour = colour;
    this.scripted = terminal instanceof DumbTerminal;
    this.reader = LineReaderBuilder.builder().terminal(terminal).appName("precis")
        .completer(new ShellCompleter(() -> commands.get().getCommandSpec()))
        .variable(LineReader.HISTORY_FILE, historyFile)
        .history(new CappedHistory())
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .build();
  }

  /**
   * Starts a shell on the process's terminal when {@code interactive}, else on the context's
   * streams as a dumb terminal (scripts and tests: one command per input line).
   */
  public static int start(RunContext context, boolean interactive, boolean colour, Path history) {
    try (Terminal terminal = interactive
        ? TerminalBuilder.builder().system(true).build()
        : new DumbTerminal(context.stdin(), context.stdout())) {
      return new Shell(context, terminal, history, colour).run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the terminal", e);
    }
  }

  /**
   * The history file in the user's data directory ($XDG_DATA_HOME or ~/.local/share); null
   * when there is neither, so no history is written into the working directory.
   */
  public static Path historyFile(Map<String, String> env) {
    String xdg = env.get("XDG_DATA_HOME");
    String home = env.get("HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "precis", "history");
    }
    return home == null || home.isBlank() ? null : Path.of(home, ".local", "share", "precis", "history");
  }

  /**
   * Runs until exit or end of input; returns the exit code of the shell: for a script, that of
   * the last command that failed (0 when all succeeded), so a caller sees the failure.
   */
  public int run() {
    try {
      Object history = reader.getVariable(LineReader.HISTORY_FILE);
      if (history == null) {
        throw new IOException("no home directory for the history");
      }
      Files.createDirectories(((Path) history).getParent());
    } catch (IOException | RuntimeException e) {
      reader.setVariable(LineReader.DISABLE_HISTORY, true); // a shell without history still works
    }
    print("precis shell: 'help' lists the commands, 'exit' or Ctrl-D leaves.\n");
    while (true) {
      String line;
      try {
        line = reader.readLine(prompt());
      } catch (UserInterruptException e) {
        continue;
      } catch (EndOfFileException e) {
        break;
      }
      List<String> words = new ArrayList<>(reader.getParsedLine().words());
      words.removeIf(String::isEmpty);
      if (words.isEmpty()) {
        continue;
      }
      if (words.get(0).equals("exit") || words.get(0).equals("quit")) {
        break;
      }
      dispatch(words);
    }
    worker.shutdownNow();
    loader.shutdownNow();
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      // History is a convenience; failing to save it must not fail the session.
    }
    return scripted ? failure : 0;
  }

  private String prompt() {
    return colour ? new AttributedString("precis> ", AttributedStyle.BOLD.foreground(AttributedStyle.CYAN))
        .toAnsi(terminal) : "precis> ";
  }

  private void dispatch(List<String> words) {
    String command = words.get(0);
    List<String> rest = words.subList(1, words.size());
    switch (command) {
      case "help" -> help(rest);
      case "load" -> load(rest);
      case "paste" -> paste();
      case "show" -> page(state.show(state.settings().getOrDefault("splitter", "precis")), false);
      case "set" -> set(rest);
      case "unset" -> unset(rest);
      case "time" -> time(rest);
      // A shell inside the shell would fight this one for the terminal.
      case "shell" -> error("already in the shell ('exit' leaves it)");
      case "clear" -> {
        terminal.puts(InfoCmp.Capability.clear_screen);
        terminal.flush();
      }
      default -> {
        if (command.startsWith("-") || commands.get().getSubcommands().containsKey(command)) {
          runPrecis(words);
        } else {
          unknown(command);
        }
      }
    }
  }

  /** An unknown first word: says so, with the closest command names, and where the list is. */
  private void unknown(String word) {
    List<String> close = ShellWords.closest(word, allCommandNames());
    error("unknown command '" + word + "' ("
        + (close.isEmpty() ? "" : "did you mean " + String.join(" or ", close) + "? ")
        + "'help' lists the commands)");
  }

  private List<String> allCommandNames() {
    List<String> names = new ArrayList<>(ShellWords.SHELL_COMMANDS);
    names.addAll(commands.get().getSubcommands().keySet());
    return names;
  }

  /** Runs a command and reports its wall time: shows that models load once per shell. */
  private void time(List<String> rest) {
    if (rest.isEmpty()) {
      error("time takes a command, e.g. time split");
      return;
    }
    long start = System.nanoTime();
    dispatch(rest);
    print(String.format(java.util.Locale.ROOT, "time: %.0f ms%n", (System.nanoTime() - start) / 1e6));
  }

  /**
   * `help`: the shell's commands and a line per precis command, paged like any long output;
   * `help load` a shell command's line; `help split` that command's options.
   */
  private void help(List<String> rest) {
    if (rest.isEmpty()) {
      StringBuilder text = new StringBuilder(HELP).append("precis commands ('help COMMAND' "
          + "shows its options):\n");
      // One line per command, cut to the terminal's width, so the list fits a screen.
      int room = (terminal.getWidth() > 20 ? terminal.getWidth() : 80) - 16;
      commands.get().getSubcommands().forEach((name, command) -> {
        String[] description = command.getCommandSpec().usageMessage().description();
        String first = description.length == 0 ? "" : description[0].split("(?<=\\.) ", 2)[0];
        if (first.length() > room) {
          first = first.substring(0, room - 1).stripTrailing() + "…";
        }
        text.append(String.format(java.util.Locale.ROOT, "  %-11s %s%n", name, first));
      });
      page(text.toString(), false);
      return;
    }
    String topic = rest.get(0);
    String shellHelp = ShellWords.helpOf(HELP, topic);
    if (shellHelp != null) {
      print(shellHelp);
    } else if (commands.get().getSubcommands().containsKey(topic)) {
      List<String> args = new ArrayList<>(rest);
      args.add("--help");
      runPrecis(args);
    } else {
      unknown(topic);
    }
  }

  private void load(List<String> rest) {
    if (rest.size() != 1) {
      error("load takes one FILE or URL");
      return;
    }
    // Read in a thread of its own, so Ctrl-C can give up on a FIFO nobody writes to: a
    // thread blocked opening it cannot be interrupted, so it is left behind (a daemon).
    Future<InputDocument> reading = loader.submit(() -> readOne(rest.get(0)));
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT,
        signal -> reading.cancel(true));
    try {
      InputDocument document = reading.get();
      if (Inputs.isHtml(document.text(), document.html() ? InputKind.HTML : InputKind.AUTO)) {
        // Commands read the article, not the markup, as they do given the page as a FILE.
        String article = Inputs.toArticleText(document.source(), document.text(), InputKind.HTML);
        state.load(new InputDocument(document.source(), article, null));
        print("loaded " + document.source() + ": article extracted from the HTML page ("
            + article.length() + " chars of text from " + document.text().length() + " of HTML)\n");
      } else {
        state.load(document);
        print("loaded " + document.source() + " (" + document.text().length() + " chars)\n");
      }
    } catch (CancellationException e) {
      print("load cancelled\n");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InputException input) {
        error(input.source() + ": " + input.getMessage()
            + (input.hint() == null ? "" : " (" + input.hint() + ")"));
      } else {
        error("internal error: " + e.getCause());
      }
    } catch (InputException e) {
      error(e.source() + ": " + e.getMessage() + (e.hint() == null ? "" : " (" + e.hint() + ")"));
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
    }
  }

  private InputDocument readOne(String source) {
    List<InputDocument> loaded = new ArrayList<>();
    new InputReader(base.stdin(), StandardCharsets.UTF_8, false).read(source, loaded::add, e -> { });
    return loaded.get(0);
  }

  /**
   * `paste`: reads the terminal in blocks rather than a line reader's line at a time, which
   * handled (and, on a terminal, redrew) every character: 800 KB took 45 s.
   */
  private void paste() {
    print("Paste the article; end with a line holding only '.' (or Ctrl-D).\n");
    org.jline.terminal.Attributes saved = scripted ? null : terminal.enterRawMode();
    if (saved != null) {
      // Ctrl-C comes as a character, which the blocking read below sees, not as a signal.
      org.jline.terminal.Attributes raw = terminal.getAttributes();
      raw.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ISIG, false);
      terminal.setAttributes(raw);
    }
    String text;
    try {
      text = readPasted();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (saved != null) {
        terminal.setAttributes(saved);
      }
    }
    if (text == null) {
      print("paste cancelled\n");
      return;
    }
    state.load(new InputDocument("<paste>", text, null));
    print("loaded <paste> (" + text.length() + " chars)\n");
  }

  /**
   * The pasted lines up to a line of only '.', Ctrl-D or the end of input; null when Ctrl-C
   * cancelled. What follows the '.' in the block read goes back to the line reader.
   */
  private String readPasted() throws IOException {
    StringBuilder text = new StringBuilder();
    StringBuilder echo = new StringBuilder();
    char[] block = new char[4096];
    int lineStart = 0;
    boolean afterReturn = false;
    while (true) {
      int n = terminal.reader().readBuffered(block);
      if (n < 0) {
        boolean dotLast = text.length() - lineStart == 1 && text.charAt(lineStart) == '.';
        return dotLast ? text.substring(0, lineStart) : text.toString();
      }
      echo.setLength(0);
      for (int i = 0; i < n; i++) {
        char c = block[i];
        boolean newline = c == '\r' || (c == '\n' && !afterReturn);
        afterReturn = c == '\r';
        if (c == 3) {
          return null;
        } else if (c == 4) {
          return text.toString();
        } else if ((c == 127 || c == 8) && text.length() > lineStart) {
          text.setLength(text.length() - 1);
          echo.append("\b \b");
        } else if (newline) {
          if (text.length() - lineStart == 1 && text.charAt(lineStart) == '.') {
            text.setLength(lineStart);
            reader.runMacro(new String(block, i + 1, n - i - 1).replaceFirst("^\n", ""));
            echoPasted(echo.append("\r\n"));
            return text.toString();
          }
          text.append('\n');
          lineStart = text.length();
          echo.append("\r\n");
        } else if (c != '\n' && c >= ' ' || c == '\t') {
          text.append(c);
          echo.append(c);
        }
      }
      echoPasted(echo);
    }
  }

  /** A person sees what they paste (the terminal is raw); a script's input is not echoed. */
  private void echoPasted(CharSequence echo) {
    if (!scripted && echo.length() > 0) {
      terminal.writer().append(echo);
      terminal.flush();
    }
  }

  private void set(List<String> rest) {
    if (rest.isEmpty()) {
      StringBuilder out = new StringBuilder();
      state.settings().forEach((k, v) -> out.append(k).append(" = ").append(v).append('\n'));
      print(out.length() == 0 ? "no settings (set KEY VALUE, e.g. set format markdown)\n" : out.toString());
      return;
    }
    if (rest.size() != 2) {
      error("set takes a KEY and a VALUE, e.g. set format markdown");
      return;
    }
    String key = ShellState.key(rest.get(0));
    List<String> known = Main.optionKeys(commands.get());
    if (!known.contains(key)) {
      error("no option '" + key + "' (options: " + String.join(", ", known.stream()
          .filter(k -> !k.contains(".")).distinct().sorted().toList()) + ")");
      return;
    }
    state.set(key, rest.get(1));
  }

  private void unset(List<String> rest) {
    if (rest.size() != 1 || !state.unset(rest.get(0))) {
      error("unset takes a KEY that is set (see 'set')");
    }
  }

  /** Runs a precis command in the worker thread, so Ctrl-C can cancel it. */
  private void runPrecis(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MutableWriter errors = new MutableWriter(terminal.writer());
    PrintWriter err = new PrintWriter(errors, true);
    RunContext context = new RunContext(state.session(), articleInput(), out, err, base.terminal());
    Future<Integer> running = worker.submit(
        () -> Main.execute(args.toArray(new String[0]), context, state.settings()));
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
      // What an interrupted command says as it dies (an interrupted wait, a killed
      // subprocess) is noise after "cancelled": it goes nowhere.
      errors.mute();
      running.cancel(true);
    });
    try {
      int code = running.get();
      if (code != 0) {
        failure = code;
      }
      boolean json = out.toString(StandardCharsets.UTF_8).startsWith("{");
      page(out.toString(StandardCharsets.UTF_8), json);
    } catch (CancellationException e) {
      awaitWorker();
      state.session().endProcesses();
      print("cancelled\n");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      error("internal error: " + e.getCause());
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
    }
  }

  /**
   * Waits for a cancelled command to unwind (its finally blocks end its subprocesses and
   * threads), so nothing of it outlives the prompt that follows.
   */
  private void awaitWorker() {
    try {
      worker.submit(() -> { }).get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      // it is still a daemon thread: it cannot keep the shell from exiting
    }
  }

  /** The loaded article as standard input, or a stream that says none is loaded. */
  private InputStream articleInput() {
    InputDocument article = state.article();
    if (article != null) {
      return new ByteArrayInputStream(article.text().getBytes(StandardCharsets.UTF_8));
    }
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("no article loaded (load FILE, or paste)");
      }
    };
  }

  /** Prints {@code text} wrapped to the terminal width, a screen at a time when it is long. */
  private void page(String text, boolean raw) {
    int width = terminal.getWidth();
    int height = terminal.getHeight();
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (raw || width <= 10 || line.length() <= width) {
        lines.add(line);
      } else {
        lines.addAll(List.of(WordUtils.wrap(line, width - 1, "\n", true).split("\n")));
      }
    }
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    boolean paged = !raw && height > 2 && lines.size() > height - 1
        && !Terminal.TYPE_DUMB.equals(terminal.getType());
    int shown = 0;
    for (String line : lines) {
      if (paged && shown > 0 && shown % (height - 1) == 0 && !more()) {
        break;
      }
      terminal.writer().println(line);
      shown++;
    }
    terminal.flush();
  }

  /** The pager's prompt: true to go on, false when the user pressed q. */
  private boolean more() {
    terminal.writer().print("-- more: Enter or space goes on, q stops --");
    terminal.flush();
    // Raw mode: one key answers, without Enter (in the terminal's line mode, q waited for it).
    org.jline.terminal.Attributes saved = terminal.enterRawMode();
    try {
      int key = terminal.reader().read();
      terminal.writer().print("\r\033[K");
      return key != 'q' && key != 'Q' && key >= 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      terminal.setAttributes(saved);
    }
  }

  /**
   * History that skips lines longer than a command anyone would recall: a scripted session
   * feeding an article as a line wrote megabytes into the history file.
   */
  static final class CappedHistory extends org.jline.reader.impl.history.DefaultHistory {
    static final int MAX_LINE = 4096;

    @Override
    public void add(java.time.Instant time, String line) {
      if (line.length() <= MAX_LINE) {
        super.add(time, line);
      }
    }
  }

  private void print(String text) {
    terminal.writer().print(text);
    terminal.flush();
  }

  private void error(String message) {
    failure = 2;
    terminal.writer().println("precis: " + message);
    terminal.flush();
  }
}
