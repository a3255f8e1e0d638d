package dev.precis.cli;

import static dev.precis.cli.Specs.candidates;
import static dev.precis.cli.Specs.jsonOption;
import static dev.precis.cli.Specs.option;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.api.Precis;
import dev.precis.api.TranslationSettings;
import dev.precis.core.InputException;
import dev.precis.core.Session;
import dev.precis.core.translate.ApertiumTranslator;
import dev.precis.core.translate.Translation;
import dev.precis.core.translate.TranslationRequest;
import dev.precis.eval.MtEvaluation.Score;
import dev.precis.eval.MtEvaluation;
import dev.precis.format.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class EvalTranslateCommand implements Callable<Integer> {
  Path src;
  Path ref;
  Path hyp;
  String to;
  String from;
  String translator;
  String url;
  boolean raw;
  Path save;
  boolean json;

  private final RunContext context;

  EvalTranslateCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    CommandSpec spec = Specs.command(this, "translate", "Score translations against references, "
        + "one sentence per line: corpus chrF2 and BLEU with sacreBLEU's default definitions "
        + "(chrF: character 6-grams, beta 2; BLEU: 13a tokenizer, exponential smoothing).",
        "Without --hyp the source is translated here, all lines in one batch; --raw also "
        + "scores plain 'apertium -u PAIR' on the same lines and times both.");
    spec.usageMessage().sortOptions(false);
    spec.addOption(option(Path.class, this, "src", "--src").paramLabel("FILE")
        .required(true).description("Source sentences.").build());
    spec.addOption(option(Path.class, this, "ref", "--ref").paramLabel("FILE")
        .required(true).description("Reference translations.").build());
    spec.addOption(option(Path.class, this, "hyp", "--hyp").paramLabel("FILE")
        .description("Translations to score instead of translating the source.").build());
    spec.addOption(option(String.class, this, "to", "--to").paramLabel("LANG")
        .required(true).description("Target language (ISO 639-1 or 639-3).").build());
    spec.addOption(option(String.class, this, "from", "--from").paramLabel("LANG")
        .defaultValue("auto")
        .description("Source language or auto (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(option(String.class, this, "translator", "--translator")
        .paramLabel("NAME").defaultValue("apertium")
        .completionCandidates(candidates(Session::translatorNames))
        .description("Backend: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(option(String.class, this, "url", "--translator-url")
        .paramLabel("URL").description("Server of apy or libretranslate.").build());
    spec.addOption(option(boolean.class, this, "raw", "--raw")
        .description("Also score and time plain 'apertium -u PAIR'.").build());
    spec.addOption(option(Path.class, this, "save", "--save").paramLabel("FILE")
        .description("Write the translations made here to FILE, one per line.").build());
    spec.addOption(jsonOption(this, "json"));
    return Specs.withHelpOptions(spec);
  }

  @Override
  public Integer call() {
    List<String> sources = lines(src);
    List<String> references = lines(ref);
    if (sources.size() != references.size()) {
      throw new InputException(ref.toString(), references.size() + " lines, but the source has "
          + sources.size(), "source and reference must be line-aligned");
    }
    TranslationSettings settings = new TranslationSettings(to, from, translator(), url, false);
    TranslationRequest request = settings.request();
    ObjectNode report = Json.mapper().createObjectNode();
    report.put("schema", Json.SCHEMA).put("command", "eval translate")
        .put("src", src.toString()).put("ref", ref.toString()).put("to", request.to());
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%-34s %6s %7s %7s %9s%n", "system", "lines", "chrF2", "BLEU", "seconds"));
    List<String> hypotheses;
    String name;
    double seconds = Double.NaN;
    String pair = null;
    if (hyp != null) {
      hypotheses = lines(hyp);
      name = hyp.getFileName().toString();
      if (hypotheses.size() != sources.size()) {
        throw new InputException(hyp.toString(), hypotheses.size() + " lines, but the source has "
            + sources.size(), "hypotheses must be line-aligned with the source");
      }
    } else {
      Precis precis = Precis.on(context.session());
      precis.checkTranslation(settings);
      long start = System.nanoTime();
      Translation t = precis.translateSegments(src.toString(), sources, settings);
      seconds = (System.nanoTime() - start) / 1e9;
      hypotheses = t.texts();
      pair = t.pair();
      name = "precis " + translator() + (pair == null ? "" : " " + pair);
      report.putArray("protected").addAll(t.protectedNames().stream().sorted()
          .map(n -> Json.mapper().getNodeFactory().textNode(n)).toList());
      if (save != null) {
        write(save, hypotheses);
      }
    }
    add(report.putObject("precis"), table, name, MtEvaluation.score(hypotheses, references), seconds);
    if (raw && pair != null && ApertiumTranslator.NAME.equals(translator)) {
      long start = System.nanoTime();
      ApertiumTranslator apertium = (ApertiumTranslator) context.session()
          .translator(ApertiumTranslator.NAME, null);
      List<String> rawOutput = apertium.translateRaw(pair, sources);
      double rawSeconds = (System.nanoTime() - start) / 1e9;
      add(report.putObject("raw"), table, "apertium -u " + pair,
          MtEvaluation.score(rawOutput, references), rawSeconds);
      report.put("time_ratio", round(seconds / rawSeconds));
    }
    try (Output out = Output.stdout(context.stdout())) {
      out.write(json ? Json.line(report) : table.toString());
    }
    return ExitCodes.OK;
  }

  private String translator() {
    return translator;
  }

  private static void add(ObjectNode node, StringBuilder table, String name, Score s, double seconds) {
    node.put("system", name).put("lines", s.lines()).put("chrf2", round(s.chrF()))
        .put("bleu", round(s.bleu()));
    if (!Double.isNaN(seconds)) {
      node.put("seconds", round(seconds));
    }
    table.append(String.format(Locale.ROOT, "%-34s %6d %7.2f %7.2f %9s%n", name, s.lines(),
        s.chrF(), s.bleu(), Double.isNaN(seconds) ? "-" : String.format(Locale.ROOT, "%.2f", seconds)));
  }

  private static void write(Path file, List<String> lines) {
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + file, e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
      while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1);
      }
      return lines;
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file", null);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage(), null);
    }
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
