package dev.precis.cli;

import static dev.precis.cli.Specs.option;
import static dev.precis.cli.Specs.positional;
import static dev.precis.cli.Specs.positionals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.InputException;
import dev.precis.format.Format;
import dev.precis.format.Json;
import dev.precis.io.InputDocument;
import dev.precis.io.InputReader;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.function.BiConsumer;
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

  @Override
  public Integer call() throws Exception {
    if (arguments.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "name the input: DIR, FILE.jsonl or -");
    }
    context.session().expectManyDocuments();
    String input = arguments.get(arguments.size() - 1);
    DocumentCommand worker = worker(arguments.subList(0, arguments.size() - 1));
    Format format = outDir == null ? Format.JSON : worker.output.format;
    BatchProgress bar = new BatchProgress(context.stderr(),
        progress && context.terminal().stderrIsTty());
    int[] counts = new int[2];
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try (Output out = outDir == null ? Output.stdout(context.stdout()) : null) {
      Deque<Pending> window = new ArrayDeque<>();
      int limit = Math.max(1, threads) * 4; // bounded memory: at most this many documents in flight
      forEachDocument(input, bar, (source, read) -> {
        // Reading and parsing happen in the workers too: the main thread only hands out
        // raw lines or file names, so it does not become the bottleneck.
        window.add(new Pending(source, pool.submit(() -> renderOne(worker, read, format))));
        while (window.size() >= limit) {
          finish(window.removeFirst(), out, format, counts, bar);
        }
      });
      while (!window.isEmpty()) {
        finish(window.removeFirst(), out, format, counts, bar);
      }
      if (out != null) {
        out.commit();
      }
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
    sub.parseArgs(options.toArray(new String[0]));
    worker.validate();
    return worker;
  }

  /** A document still to be read, in a worker: parse a line, or read a file. */
  private interface Read {
    InputDocument read();
  }

  private void forEachDocument(String input, BatchProgress bar, BiConsumer<String, Read> sink)
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
        sink.accept(file.toString(), () -> {
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
    new InputReader(context.stdin(), StandardCharsets.UTF_8, true)
        .forEachLine(input, (source, line) -> sink.accept(source, () -> InputReader.record(source, line)));
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

  private void finish(Pending pending, Output out, Format format, int[] counts, BatchProgress bar) {
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
    if (result.error != null) {
      counts[1]++;
    }
    String text = result.error == null ? result.output : errorRecord(pending.source, result);
    if (out != null) {
      out.write(text);
    } else if (result.error == null) {
      writeFile(result.document, counts[0], text, format);
    } else {
      context.stderr().println("precis: " + pending.source + ": " + result.error);
    }
    bar.update(counts[0], counts[1]);
  }

  /** The record of a failed document: the input record's fields when it could be read. */
  private String errorRecord(String source, Result result) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("schema", Json.SCHEMA).put("command", command);
    if (result.document != null && result.document.fields() != null) {
      result.document.fields().properties().forEach(f -> node.set(f.getKey(), f.getValue()));
    }
    node.put("source", source).put("error", result.error);
    return Json.line(node);
  }

  private void writeFile(InputDocument document, int number, String text, Format format) {
    String extension = switch (format) {
      case JSON -> ".json";
      case MARKDOWN -> ".md";
      case TSV -> ".tsv";
      default -> ".txt";
    };
    String id = document.fields() != null && document.fields().hasNonNull("id")
        ? document.fields().get("id").asText() : null;
    String name = id != null ? id : Path.of(document.source().replaceAll(":\\d+$", "")).getFileName()
        + (document.source().matches(".*:\\d+$") ? "-" + number : "");
    try {
      Files.createDirectories(outDir);
      try (Output file = Output.file(outDir.resolve(name.replaceAll("[/\\\\]", "_") + extension))) {
        file.write(text);
        file.commit();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write into " + outDir, e);
    }
  }

  private record Pending(String source, Future<Result> future) {}

  /** A worker's result: the document (null when it could not be read), output or error. */
  private record Result(InputDocument document, String output, String error) {}
}
