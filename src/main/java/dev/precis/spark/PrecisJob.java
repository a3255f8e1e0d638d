package dev.precis.spark;

import dev.precis.cli.DocumentTask;
import dev.precis.core.InputException;
import dev.precis.core.TextDecoder;
import dev.precis.io.InputDocument;
import dev.precis.io.InputReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * Runs a document command over a corpus on Spark: each output line is what
 * {@code precis COMMAND --jsonl} prints for that record, and a record that fails becomes an
 * error record with its source and fields, as in {@code precis batch}. Exit code 0 when every
 * record succeeded, 1 when some failed, 2 for a usage or input error.
 *
 * <pre>
 * spark-submit --class dev.precis.spark.PrecisJob --jars ... target/precis.jar \
 *     summarize -n 2 --input corpus.jsonl --output out/
 * </pre>
 */
public final class PrecisJob {
  private PrecisJob() {}

  /** What a run did. */
  public record Outcome(long documents, long failed, double startSeconds, double runSeconds) {}

  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  /** Runs the job with its own session (stopped at the end); returns the exit code. */
  static int run(String[] args, PrintStream err) {
    JobArguments job;
    try {
      job = JobArguments.parse(args);
      checkCommand(job, err);
    } catch (IllegalArgumentException e) {
      err.println("precis-spark: " + e.getMessage());
      err.println(JobArguments.USAGE);
      return 2;
    }
    long start = System.nanoTime();
    SparkSession.Builder builder = SparkSession.builder().appName("precis " + job.command());
    if (job.master() != null) {
      builder.master(job.master());
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    double startSeconds = (System.nanoTime() - start) / 1e9;
    try {
      Outcome outcome = run(spark, job, startSeconds);
      err.printf(Locale.ROOT, "precis-spark: %s: %d documents, %d failed; session start-up "
              + "%.1f s, then %.1f s (%.1f docs/s) with %s%n", job.command(),
          outcome.documents(), outcome.failed(), outcome.startSeconds(), outcome.runSeconds(),
          outcome.documents() / Math.max(outcome.runSeconds(), 1e-9),
          spark.sparkContext().master());
      return outcome.failed() == 0 ? 0 : 1;
    } catch (InputException e) {
      err.println("precis-spark: " + e.source() + ": " + e.getMessage()
          + (e.hint() == null ? "" : " (" + e.hint() + ")"));
      return 2;
    } finally {
      spark.stop();
    }
  }

  /**
   * Parses and checks the command's options on the driver, so a typo stops the job before it
   * starts. What depends on the machine (an installed translation pair) is checked again on
   * each executor, where it matters: here it is only a warning.
   */
  private static void checkCommand(JobArguments job, PrintStream err) {
    try (dev.precis.core.Session session = new dev.precis.core.Session()) {
      DocumentTask.parse(session, job.command(), job.commandOptions());
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      err.println("precis-spark: warning: " + e.getMessage()
          + " (on this machine; each executor checks again)");
    }
  }

  /** Runs {@code job} on {@code spark} (left running); throws InputException for bad input. */
  static Outcome run(SparkSession spark, JobArguments job, double startSeconds) {
    long start = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = job.partitions() > 0 ? job.partitions() : 4 * sc.defaultParallelism();
    JavaRDD<RawRecord> records = read(spark, job, partitions);
    LongAccumulator documents = sc.sc().longAccumulator("precis documents");
    LongAccumulator failed = sc.sc().longAccumulator("precis failed");
    JavaRDD<String> lines = process(records, job.command(), job.commandOptions(), documents,
        failed);
    checkAbsent(spark, job.output());
    if (job.outputFormat().equals("parquet")) {
      // Schema inference reads the lines once, the write once more: compute them once.
      lines = lines.persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<String> json = spark.createDataset(lines.rdd(), Encoders.STRING());
      spark.read().json(json).write().parquet(job.output());
      lines.unpersist(false);
    } else {
      lines.saveAsTextFile(job.output());
    }
    return new Outcome(documents.value(), failed.value(), startSeconds,
        (System.nanoTime() - start) / 1e9);
  }

  /**
   * Each record's output line (no newline): runs on the executors, one partition at a time,
   * with the command and models of the executor's JVM. Only the command's name and options
   * travel in the closure.
   */
  static JavaRDD<String> process(JavaRDD<RawRecord> records, String command,
      List<String> options, LongAccumulator documents, LongAccumulator failed) {
    List<String> opts = new ArrayList<>(options);
    return records.mapPartitions(partition -> new Iterator<String>() {
      @Override
      public boolean hasNext() {
        return partition.hasNext();
      }

      @Override
      public String next() {
        documents.add(1);
        RecordOutput out = processOne(command, opts, partition.next());
        if (out.failed()) {
          failed.add(1);
        }
        return out.line();
      }
    });
  }

  private record RecordOutput(String line, boolean failed) {}

  /** As batch runs one document: the JSON line, or an error record with what is known. */
  private static RecordOutput processOne(String command, List<String> options, RawRecord raw) {
    InputDocument document;
    try {
      document = raw.json() != null ? InputReader.record(raw.source(), raw.json())
          : new InputDocument(raw.source(),
              TextDecoder.decode(raw.bytes(), StandardCharsets.UTF_8, raw.source()), null);
    } catch (InputException e) {
      return error(command, null, raw.source(),
          e.getMessage() + (e.hint() == null ? "" : " (" + e.hint() + ")"));
    }
    try {
      String line = ExecutorPrecis.task(command, options).jsonLine(document);
      return new RecordOutput(line.stripTrailing(), false);
    } catch (RuntimeException e) {
      return error(command, document, raw.source(),
          e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private static RecordOutput error(String command, InputDocument document, String source,
      String message) {
    String line = DocumentTask.errorRecord(command, document == null ? null : document.fields(),
        source, message);
    return new RecordOutput(line.stripTrailing(), true);
  }

  /** The input's records, in input order. */
  static JavaRDD<RawRecord> read(SparkSession spark, JobArguments job, int partitions) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = sc.hadoopConfiguration();
    Path root = new Path(job.input());
    List<FileStatus> files = files(conf, root, job.input());
    String format = job.inputFormat() != null ? job.inputFormat() : detectFormat(files);
    switch (format) {
      case "parquet": {
        Dataset<Row> table = spark.read().parquet(job.input());
        List<String> columns = List.of(table.columns());
        if (!columns.contains("text") && !columns.contains("html")) {
          throw new InputException(job.input(), "no column \"text\" or \"html\"",
              "columns: " + String.join(", ", columns));
        }
        String source = job.input();
        return table.toJSON().javaRDD().zipWithIndex()
            .map(t -> RawRecord.ofJson(source + ":" + (t._2() + 1), t._1()));
      }
      case "jsonl": {
        JavaRDD<RawRecord> all = null;
        int each = Math.max(1, partitions / files.size());
        String qualifiedRoot = qualified(conf, root);
        for (FileStatus file : files) {
          String source = sourceName(qualifiedRoot, job.input(), file.getPath());
          JavaRDD<RawRecord> lines = sc.textFile(file.getPath().toString(), each).zipWithIndex()
              .filter(t -> !t._1().isBlank())
              .map(t -> RawRecord.ofJson(source + ":" + (t._2() + 1), t._1()));
          all = all == null ? lines : all.union(lines);
        }
        return all;
      }
      default: {
        conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        String qualifiedRoot = qualified(conf, root);
        String given = job.input();
        return sc.binaryFiles(job.input(), partitions).sortByKey(true, partitions)
            .map(t -> RawRecord.ofFile(relative(qualifiedRoot, given, t._1()), t._2().toArray()));
      }
    }
  }

  /** The regular files of {@code root} (itself when a file), in path order; hidden ones not. */
  private static List<FileStatus> files(Configuration conf, Path root, String given) {
    try {
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root)) {
        throw new InputException(given, "no such file or folder", null);
      }
      List<FileStatus> files = new ArrayList<>();
      if (fs.getFileStatus(root).isFile()) {
        files.add(fs.getFileStatus(root));
        return files;
      }
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        String name = f.getPath().getName();
        if (f.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
          files.add(f);
        }
      }
      files.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
      if (files.isEmpty()) {
        throw new InputException(given, "no files in the folder", null);
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + given, e);
    }
  }

  /** Parquet when every file is, JSON Lines when every file is, else a folder of documents. */
  private static String detectFormat(List<FileStatus> files) {
    if (files.stream().allMatch(f -> f.getPath().getName().endsWith(".parquet"))) {
      return "parquet";
    }
    if (files.stream().allMatch(f -> f.getPath().getName().matches(".*\\.(jsonl|ndjson|json)"))) {
      return "jsonl";
    }
    return "files";
  }

  /** A file's source name as batch gives it: the input as given, then the path inside it. */
  private static String sourceName(String r, String given, Path file) {
    String f = file.toUri().getPath();
    if (f.equals(r)) {
      return given;
    }
    return relative(r, given, f);
  }

  private static String relative(String root, String given, String file) {
    String r = stripScheme(root).replaceAll("/+$", "");
    String f = stripScheme(file);
    if (!f.startsWith(r + "/")) {
      return file;
    }
    return given.replaceAll("/+$", "") + f.substring(r.length());
  }

  private static String stripScheme(String path) {
    return path.startsWith("file:") ? new Path(path).toUri().getPath() : path;
  }

  private static String qualified(Configuration conf, Path root) {
    try {
      return root.getFileSystem(conf).makeQualified(root).toUri().getPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkAbsent(SparkSession spark, String output) {
    Path path = new Path(output);
    try {
      if (path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
        throw new InputException(output, "already exists",
            "remove it or name another --output");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
