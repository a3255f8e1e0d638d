package dev.precis.cli;

import static dev.precis.cli.Specs.option;
import static dev.precis.cli.Specs.positional;
import static dev.precis.cli.Specs.positionals;

import dev.precis.core.InputException;
import dev.precis.format.Format;
import dev.precis.format.Json;
import dev.precis.io.InputDocument;
import dev.precis.io.InputReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

final class BatchCommand implements Callable<Integer> {
  int threads = Runtime.getRuntime().availableProcessors();
  Path outDir;
  boolean progress;
  List<String> includes = new ArrayList<>();
  String command;
  List<String> arguments = new ArrayList<>();

  private final RunContext context;
  private CommandSpec spec;

  BatchCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    spec = Specs.command(this, "batch", "Run a command over many documents on all cores: the "
        + "files of a folder, the records of a JSON Lines file, or JSON Lines on standard input "
        + "('-').",
        "Results come out in input order, one JSON line each (or one file each with "
        + "--out-dir); a document that fails gets a record with its error and the batch goes on. "
        + "Exit code 0 only when every document succeeded.",
        "Example: precis batch split --splitter opennlp corpus.jsonl > sentences.jsonl");
    spec.usageMessage().sortOptions(false);
    spec.addOption(option(int.class, this, "threads", "-j", "--threads")
        .paramLabel("N").description("Worker threads (default: the number of cores).").build());
    spec.addOption(option(Path.class, this, "outDir", "--out-dir")
        .paramLabel("DIR")
        .description("Write one file per document into DIR, in the command's -f format.")
        .build());
    spec.addOption(option(boolean.class, this, "progress", "--progress")
        .negatable(true).defaultValue("true")
        .description("Show a progress line on standard error when it is a terminal.").build());
    spec.addOption(Specs.listOption(String.class, this, "includes", "--include")
        .paramLabel("GLOB")
        .description("In a folder, only files whose name matches GLOB (e.g. '*.txt'; with a '/', "
            + "the path below the folder: 'news/**.html'). May be repeated.").build());
    spec.addPositional(positional(String.class, this, "command").index("0")
        .paramLabel("COMMAND").description("The command to run, e.g. split.").build());
    spec.addPositional(positionals(String.class, "0..*", this, "arguments")
        .index("1..*").paramLabel("ARG")
        .description("The command's options, then the input: DIR, FILE.jsonl or - (JSON Lines).")
        .build());
    return Specs.withHelpOptions(spec);
  }

  /** More threads than this cannot help on any machine precis runs on, and each costs memory. */
  static final int MAX_THREADS = 256;
  /** Bytes of JSON Lines input in flight at once, besides the count: long records wait. */
  static final long MAX_BYTES_IN_FLIGHT = 256L << 20;

  @Override
  public Integer call() throws Exception {
    if (arguments.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "name the input: DIR, FILE.jsonl or -");
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new ParameterException(spec.commandLine(),
          "-j must be between 1 and " + MAX_THREADS + ", not " + threads);
    }
    context.session().expectManyDocuments();
    String input = arguments.get(arguments.size() - 1);
    DocumentCommand worker = worker(arguments.subList(0, arguments.size() - 1));
    Format format = outDir == null ? Format.JSON : worker.output.format;
    BatchProgress bar = new BatchProgress(context.stderr(),
        progress && context.terminal().stderrIsTty());
    int[] counts = new int[2];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    OutDir files = outDir == null ? null : new OutDir(outDir, format);
    try (Output out = files == null ? Output.stdout(context.stdout()) : files.index()) {
      Deque<Pending> window = new ArrayDeque<>();
      int limit = threads * 4; // bounded memory: at most this many documents in flight
      long[] bytesInFlight = {0};
      forEachDocument(input, bar, (source, size, read) -> {
        // Reading and parsing happen in the workers too: the main thread only hands out
        // raw lines or file names, so it does not become the bottleneck.
        window.add(new Pending(source, size, pool.submit(() -> renderOne(worker, read, format))));
        bytesInFlight[0] += size;
        while (window.size() >= limit || bytesInFlight[0] > MAX_BYTES_IN_FLIGHT) {
          Pending done = window.removeFirst();
          bytesInFlight[0] -= done.size;
          finish(done, out, files, counts, bar);
        }
      });
      while (!window.isEmpty()) {
        finish(window.removeFirst(), out, files, counts, bar);
      }
      out.commit();
    } finally {
      pool.shutdownNow();
      bar.done();
    }
    context.stderr().printf(Locale.ROOT, "precis: batch %s: %d documents, %d failed%n",
        command, counts[0], counts[1]);
    return counts[1] == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  /** The named command, configured with the given options, as used for every document. */
  private DocumentCommand worker(List<String> options) {
    CommandSpec named = PrecisCommand.subcommand(command, context);
    if (named == null || !(named.userObject() instanceof DocumentCommand worker)) {
      throw new ParameterException(spec.commandLine(),
          "'" + command + "' is not a command that batch can run");
    }
    CommandLine sub = new CommandLine(named);
    sub.setCaseInsensitiveEnumValuesAllowed(true);
    // The config file and PRECIS_* variables apply to the batched command as to any other.
    sub.setDefaultValueProvider(spec.defaultValueProvider());
    ConfigDefaults.applyToGroups(sub.parseArgs(options.toArray(new String[0])));
    worker.validate();
    return worker;
  }

  /** A document still to be read, in a worker: parse a line, or read a file. */
  private interface Read {
    InputDocument read();
  }

  /** Receives each document to read: its source name, its size in memory, its reader. */
  private interface DocumentSink {
    void accept(String source, long size, Read read);
  }

  private void forEachDocument(String input, BatchProgress bar, DocumentSink sink)
      throws IOException {
    Path path = Path.of(input);
    if (!input.equals(InputReader.STDIN) && Files.isDirectory(path)) {
      InputReader reader = new InputReader(context.stdin(), StandardCharsets.UTF_8, false);
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).filter(BatchFiles.included(path, includes))
            .sorted().toList();
      }
      bar.total(files.size());
      for (Path file : files) {
        sink.accept(file.toString(), 0, () -> {
          List<InputDocument> read = new ArrayList<>(1);
          reader.read(file.toString(), read::add, e -> { });
          return read.get(0);
        });
      }
      return;
    }
    if (!input.equals(InputReader.STDIN) && Files.isRegularFile(path)) {
      bar.total(BatchFiles.countLines(path));
    }
    new InputReader(context.stdin(), StandardCharsets.UTF_8, true).forEachLine(input,
        (source, line) -> sink.accept(source, 2L * line.length(), () -> InputReader.record(source, line)),
        bad -> sink.accept(bad.source(), 0, () -> {
          throw bad;
        }));
  }

  /** Runs in a worker thread: the rendered document, or a failure with what is known of it. */
  private Result renderOne(DocumentCommand worker, Read read, Format format) {
    InputDocument document;
    try {
      document = read.read();
    } catch (InputException e) {
      return new Result(null, null, e.getMessage() + (e.hint() == null ? "" : " (" + e.hint() + ")"));
    }
    try {
      return new Result(document, worker.process(document, format), null);
    } catch (RuntimeException e) {
      return new Result(document, null, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private void finish(Pending pending, Output out, OutDir files, int[] counts, BatchProgress bar) {
    Result result;
    try {
      result = pending.future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      result = new Result(null, null, String.valueOf(e.getCause()));
    }
    counts[0]++;
    if (files != null && result.error == null) {
      try {
        out.write(files.write(pending.source, result.document, result.output));
      } catch (Output.OutputWriteException | Output.OutputFileException e) {
        result = new Result(result.document, null, e.getMessage());
      }
    }
    if (result.error != null) {
      counts[1]++;
      out.write(Json.line(Json.errorObject(command, pending.source,
          result.document == null ? null : result.document.fields(), result.error)));
      if (files != null) {
        context.stderr().println("precis: " + pending.source + ": " + result.error);
      }
    } else if (files == null) {
      out.write(result.output);
    }
    bar.update(counts[0], counts[1]);
  }

  private record Pending(String source, long size, Future<Result> future) {}

  /** A worker's result: the document (null when it could not be read), output or error. */
  private record Result(InputDocument document, String output, String error) {}
}
