package dev.precis.core.translate;

import dev.precis.core.InputException;
import dev.precis.core.Lazy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The local Apertium engine: one run of the pair's programs per document
 * ({@link ApertiumPipeline}), never one per sentence, started before the document is ready
 * so that its 0.5–2.5 s start-up overlaps precis's own work; when more documents are
 * expected (a shell session, a JSON Lines corpus), the run for the next document is started
 * as soon as one is taken. A long document on a machine with four or more cores is cut into
 * one batch per two cores, translated side by side. Segments travel as blank-line separated
 * paragraphs ({@link ApertiumText}).
 */
public final class ApertiumTranslator implements Translator {
  public static final String NAME = "apertium";
  /** The Debian packages precis is tested with. */
  public static final String INSTALL_HINT =
      "install it with: sudo apt-get install apertium apertium-eng-spa apertium-eng-cat apertium-en-gl";
  /** Below this many chars per core a document is one batch. */
  static final int PARALLEL_BATCH_CHARS = 100_000;
  private static final Pattern ANALYSER = Pattern.compile("lt-proc\\s+(?:-w\\s+)?'?([^'\\s|]+automorf\\.bin)'?");

  private final String searchPath;
  /** Pipelines started ahead, waiting for their document, by pair and unknown-word option. */
  private final Map<String, ConcurrentLinkedQueue<ApertiumPipeline>> ready = new ConcurrentHashMap<>();
  /** Pairs whose programs cannot be listed: the {@code apertium} script runs per document. */
  private final Set<String> scriptOnly = ConcurrentHashMap.newKeySet();
  /** Morphological analysers kept open for the run, by transducer. */
  private final Map<Path, ApertiumAnalyser> analysers = new ConcurrentHashMap<>();
  /** Whether more documents are expected, so a pipeline is started ahead for the next one. */
  private final BooleanSupplier moreDocumentsExpected;
  private final Lazy<Path> binary = Lazy.of(this::findBinary);
  private final Lazy<List<LanguagePair>> pairs = Lazy.of(this::listPairs);

  /** An engine found on {@code searchPath} (a PATH-style list of directories). */
  public ApertiumTranslator(String searchPath) {
    this(searchPath, () -> false);
  }

  /**
   * An engine found on {@code searchPath} that starts a pipeline ahead for the next document
   * whenever {@code moreDocumentsExpected} says so.
   */
  public ApertiumTranslator(String searchPath, BooleanSupplier moreDocumentsExpected) {
    this.searchPath = searchPath == null ? "" : searchPath;
    this.moreDocumentsExpected = moreDocumentsExpected;
  }

  /** The engine on this process's PATH. */
  public static ApertiumTranslator onPath() {
    return new ApertiumTranslator(System.getenv("PATH"));
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The {@code apertium} script this engine runs. */
  Path binary() {
    return binary.get();
  }

  @Override
  public void checkAvailable() {
    binary.get();
  }

  @Override
  public List<LanguagePair> pairs() {
    return pairs.get();
  }

  /**
   * Starts the pipelines a document needs now: Apertium spends its first 0.5–2.5 s loading
   * its transducers, which then overlaps with precis preparing the text.
   */
  @Override
  public void prepare(LanguagePair pair, List<String> segments, boolean markUnknown) {
    int count = batches(segments, Runtime.getRuntime().availableProcessors()).size();
    ConcurrentLinkedQueue<ApertiumPipeline> queue = ready(pair, markUnknown);
    queue.removeIf(p -> {
      boolean dead = !p.isAlive();
      if (dead) {
        p.close();
      }
      return dead;
    });
    // topped up, not added to: a pipeline started for a document that needed none (its
    // text was already in the target language) serves the next one
    for (int i = queue.size(); i < count && startInto(queue, pair, markUnknown); i++) {
      // started
    }
  }

  private ConcurrentLinkedQueue<ApertiumPipeline> ready(LanguagePair pair, boolean markUnknown) {
    return ready.computeIfAbsent(pair.id() + (markUnknown ? " marked" : ""),
        k -> new ConcurrentLinkedQueue<>());
  }

  /** Starts a pipeline into {@code queue}; false when only the script can run the pair. */
  private boolean startInto(ConcurrentLinkedQueue<ApertiumPipeline> queue, LanguagePair pair,
      boolean markUnknown) {
    if (scriptOnly.contains(pair.id())) {
      return false;
    }
    ApertiumPipeline started = ApertiumPipeline.start(binary.get(), pair.id(), markUnknown);
    if (started == null) {
      scriptOnly.add(pair.id());
      return false;
    }
    queue.add(started);
    return true;
  }

  /** Ends the pipelines started ahead and the analysers kept for more documents. */
  @Override
  public void close() {
    ready.values().forEach(queue -> {
      for (ApertiumPipeline p = queue.poll(); p != null; p = queue.poll()) {
        p.close();
      }
    });
    analysers.values().forEach(ApertiumAnalyser::close);
    analysers.clear();
  }

  private List<String> argv(LanguagePair pair, boolean markUnknown) {
    List<String> argv = new ArrayList<>(List.of(binary.get().toString(), "-f", "txt"));
    if (!markUnknown) {
      argv.add("-u");
    }
    argv.add(pair.id());
    return List.copyOf(argv);
  }

  @Override
  public List<String> translate(LanguagePair pair, List<String> segments, boolean markUnknown) {
    return translate(pair, segments, markUnknown, UnaryOperator.identity());
  }

  @Override
  public List<String> translate(LanguagePair pair, List<String> segments, boolean markUnknown,
      UnaryOperator<String> then) {
    if (segments.isEmpty()) {
      return List.of();
    }
    List<List<String>> batches = batches(segments, Runtime.getRuntime().availableProcessors());
    if (batches.size() == 1) {
      return translateBatch(pair, segments, markUnknown, then);
    }
    // A long document keeps every core busy: one process per batch, batches run side by side.
    List<CompletableFuture<List<String>>> running = new ArrayList<>();
    for (List<String> batch : batches) {
      running.add(CompletableFuture.supplyAsync(() -> translateBatch(pair, batch, markUnknown, then)));
    }
    List<String> out = new ArrayList<>(segments.size());
    for (CompletableFuture<List<String>> r : running) {
      try {
        out.addAll(r.join());
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException re ? re : e;
      }
    }
    return out;
  }

  /**
   * Consecutive runs of segments, one per core, for documents long enough that Apertium's
   * start-up (0.5–2.5 s) is small beside the work; a short document is one batch.
   */
  static List<List<String>> batches(List<String> segments, int cores) {
    long total = 0;
    for (String s : segments) {
      total += s.length();
    }
    // Apertium's pipeline of a dozen programs already keeps about two cores busy
    int count = (int) Math.min(Math.max(1, cores / 2), total / PARALLEL_BATCH_CHARS);
    if (count <= 1) {
      return List.of(segments);
    }
    List<List<String>> batches = new ArrayList<>();
    long perBatch = total / count + 1;
    int from = 0;
    long size = 0;
    for (int i = 0; i < segments.size(); i++) {
      size += segments.get(i).length();
      if (size >= perBatch && batches.size() < count - 1) {
        batches.add(segments.subList(from, i + 1));
        from = i + 1;
        size = 0;
      }
    }
    if (from < segments.size()) {
      batches.add(segments.subList(from, segments.size()));
    }
    return batches;
  }

  private List<String> translateBatch(LanguagePair pair, List<String> segments,
      boolean markUnknown, UnaryOperator<String> then) {
    String batch = ApertiumText.join(segments);
    long timeoutSeconds = 60 + batch.length() / 2_000;
    Paragraphs paragraphs = new Paragraphs(segments, markUnknown, then);
    ConcurrentLinkedQueue<ApertiumPipeline> queue = ready(pair, markUnknown);
    ApertiumPipeline pipeline = queue.poll();
    if (pipeline == null && startInto(queue, pair, markUnknown)) {
      pipeline = queue.poll();
    }
    if (pipeline != null && moreDocumentsExpected.getAsBoolean()) {
      startInto(queue, pair, markUnknown); // loads while this document is translated
    }
    if (pipeline != null) {
      pipeline.translate(pair.id(), batch, timeoutSeconds, paragraphs::accept);
    } else {
      List<String> argv = argv(pair, markUnknown);
      Subprocess.Result result = Subprocess.finish(Subprocess.start(argv), argv, batch,
          timeoutSeconds, paragraphs::accept);
      if (result.exitCode() != 0) {
        throw new UncheckedIOException("apertium " + pair.id() + " failed",
            new IOException(firstLine(result.stderr())));
      }
    }
    return paragraphs.finish(pair);
  }

  /**
   * Collects a batch's translation line by line: each paragraph is repaired as it comes
   * back, while Apertium works on the next ones.
   */
  private static final class Paragraphs {
    private final List<String> sources;
    private final boolean markUnknown;
    private final UnaryOperator<String> then;
    private final List<String> out;
    private final StringBuilder paragraph = new StringBuilder();
    private int count;

    Paragraphs(List<String> sources, boolean markUnknown, UnaryOperator<String> then) {
      this.sources = sources;
      this.markUnknown = markUnknown;
      this.then = then;
      this.out = new ArrayList<>(sources.size());
    }

    void accept(String line) {
      if (ApertiumText.isBlankLine(line)) {
        flush();
      } else {
        paragraph.append(paragraph.length() > 0 ? "\n" : "").append(line);
      }
    }

    private void flush() {
      if (paragraph.length() > 0) {
        if (count < sources.size()) {
          out.add(then.apply(ApertiumText.finish(sources.get(count), paragraph.toString(), markUnknown)));
        }
        count++;
        paragraph.setLength(0);
      }
    }

    List<String> finish(LanguagePair pair) {
      flush();
      if (count != sources.size()) {
        throw new UncheckedIOException("apertium " + pair.id() + " lost the segment alignment",
            new IOException("expected " + sources.size() + " paragraphs back, got " + count));
      }
      return out;
    }
  }

  /**
   * The baseline precis is measured against: {@code apertium -u PAIR} on one line per
   * segment, with no masking and no repairs.
   */
  public List<String> translateRaw(String pairId, List<String> lines) {
    String input = String.join("\n", lines) + "\n";
    Subprocess.Result result = Subprocess.run(
        List.of(binary.get().toString(), "-u", pairId), input, 60 + input.length() / 2_000);
    if (result.exitCode() != 0) {
      throw new UncheckedIOException("apertium " + pairId + " failed",
          new IOException(firstLine(result.stderr())));
    }
    List<String> out = new ArrayList<>(List.of(result.stdout().split("\n", -1)));
    while (out.size() > lines.size() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /**
   * Reads each word with the pair's own morphological analyser, kept open for the run's
   * next document.
   */
  @Override
  public Map<String, WordClass> classify(LanguagePair pair, Set<String> words) {
    Path automorf = analyser(pair);
    Path ltProc = binary.get().resolveSibling("lt-proc");
    if (words.isEmpty() || automorf == null || !Files.isExecutable(ltProc)) {
      return Map.of();
    }
    List<String> list = new ArrayList<>(words);
    ApertiumAnalyser analyser = analysers.computeIfAbsent(automorf,
        a -> new ApertiumAnalyser(ltProc, a));
    String[] lines;
    try {
      lines = analyser.analyse(list);
    } catch (UncheckedIOException e) {
      analysers.remove(automorf, analyser);
      analyser.close();
      return Map.of(); // no analysis: the protector relies on context rules only
    }
    if (lines.length < list.size()) {
      return Map.of();
    }
    Map<String, WordClass> classes = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      classes.put(list.get(i), readAnalysis(lines[i]));
    }
    return classes;
  }

  /** Classifies one lt-proc analysis such as {@code ^Trump/trump<n><sg>/trump<vblex><inf>$}. */
  static WordClass readAnalysis(String analysis) {
    if (analysis.contains("/*")) {
      return WordClass.UNKNOWN;
    }
    boolean content = false;
    Matcher tags = Pattern.compile("/[^/<]*<(\\w+)>").matcher(analysis);
    while (tags.find()) {
      content |= Set.of("n", "vblex", "adj", "adv").contains(tags.group(1));
    }
    if (analysis.contains("<np>")) {
      return content ? WordClass.NAME_OR_WORD
          : analysis.contains("<np><ant>") ? WordClass.GIVEN_NAME : WordClass.PROPER;
    }
    if (analysis.contains("<acr>")) {
      return WordClass.PROPER;
    }
    if (content) {
      return WordClass.COMMON;
    }
    return WordClass.OTHER;
  }

  private Path analyser(LanguagePair pair) {
    Path mode = modesDirectory().resolve(pair.id() + ".mode");
    try {
      Matcher m = ANALYSER.matcher(Files.readString(mode));
      return m.find() ? Path.of(m.group(1)) : null;
    } catch (IOException e) {
      return null; // a pair installed elsewhere: no analysis, context rules only
    }
  }

  private Path findBinary() {
    for (String dir : searchPath.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, "apertium");
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    throw new InputException(null, "the apertium translator is not installed", INSTALL_HINT);
  }

  /**
   * The installed pairs: the mode files beside the engine, as {@code apertium -l} lists them
   * (read here, since the script's start is on the way of every translation), else what the
   * script lists.
   */
  private List<LanguagePair> listPairs() {
    List<String> ids = new ArrayList<>();
    try (Stream<Path> modes = Files.list(modesDirectory())) {
      modes.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mode"))
          .map(n -> n.substring(0, n.length() - ".mode".length())).sorted().forEach(ids::add);
    } catch (IOException e) {
      Subprocess.Result result = Subprocess.run(List.of(binary.get().toString(), "-l"), "", 60);
      ids.addAll(List.of(result.stdout().split("\n")));
    }
    List<LanguagePair> list = new ArrayList<>();
    for (String id : ids) {
      LanguagePair pair = parsePair(id.strip(), "-");
      if (pair != null) {
        list.add(pair);
      }
    }
    return List.copyOf(list);
  }

  private Path modesDirectory() {
    return ApertiumPipeline.modesDirectory(binary.get());
  }

  /** {@code eng-cat_valencia} → eng, cat; null for lines that are not a pair. */
  static LanguagePair parsePair(String id, String separator) {
    String[] parts = id.split(Pattern.quote(separator));
    if (parts.length != 2) {
      return null;
    }
    String from = LanguageCodes.toIso3OrNull(parts[0].replaceAll("_.*", ""));
    String to = LanguageCodes.toIso3OrNull(parts[1].replaceAll("_.*", ""));
    return from == null || to == null ? null : new LanguagePair(from, to, id);
  }

  private static String firstLine(String s) {
    String line = s.strip().split("\n", 2)[0];
    return line.isEmpty() ? "no error message" : line;
  }
}
