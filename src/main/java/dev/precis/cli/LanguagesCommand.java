package dev.precis.cli;

import static dev.precis.cli.Specs.candidates;
import static dev.precis.cli.Specs.jsonOption;
import static dev.precis.cli.Specs.option;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.InputException;
import dev.precis.core.Session;
import dev.precis.core.translate.ApertiumTranslator;
import dev.precis.core.translate.LanguageCodes;
import dev.precis.core.translate.LanguagePair;
import dev.precis.core.translate.Translator;
import dev.precis.format.Json;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

final class LanguagesCommand implements Callable<Integer> {
  /** The Debian packages of the pairs precis is tested with, by pair. */
  static final List<String[]> TESTED_PAIRS = List.of(
      new String[] {"eng-spa", "apertium-eng-spa"},
      new String[] {"eng-cat", "apertium-eng-cat"},
      new String[] {"en-gl", "apertium-en-gl"});

  String translator;
  String url;
  boolean json;

  private final RunContext context;

  LanguagesCommand(RunContext context) {
    this.context = context;
  }

  CommandSpec commandSpec() {
    CommandSpec spec = Specs.command(this, "languages", "List the translation pairs each "
        + "backend offers here, and how to install the Apertium pairs precis is tested with "
        + "when they are missing.");
    spec.usageMessage().sortOptions(false);
    spec.addOption(option(String.class, this, "translator", "--translator")
        .paramLabel("NAME").completionCandidates(candidates(Session::translatorNames))
        .description("Only this backend: ${COMPLETION-CANDIDATES} (default: all).").build());
    spec.addOption(option(String.class, this, "url", "--translator-url")
        .paramLabel("URL").description("Server of the apy or libretranslate backend.").build());
    spec.addOption(jsonOption(this, "json"));
    return Specs.withHelpOptions(spec);
  }

  @Override
  public Integer call() {
    List<String> names = translator == null ? Session.translatorNames() : List.of(translator);
    ObjectNode report = Json.mapper().createObjectNode();
    report.put("schema", Json.SCHEMA).put("command", "languages");
    ArrayNode backends = report.putArray("translators");
    StringBuilder text = new StringBuilder();
    for (String name : names) {
      ObjectNode node = backends.addObject().put("translator", name);
      text.append(name).append(":\n");
      try {
        Translator t = context.session().translator(name, translator == null ? null : url);
        t.checkAvailable();
        List<LanguagePair> pairs = t.pairs();
        ArrayNode array = node.putArray("pairs");
        for (LanguagePair p : pairs) {
          array.addObject().put("id", p.id()).put("from", p.from()).put("to", p.to());
          text.append("  ").append(p.id()).append("  ").append(LanguageCodes.displayName(p.from()))
              .append(" → ").append(LanguageCodes.displayName(p.to())).append('\n');
        }
        if (ApertiumTranslator.NAME.equals(name)) {
          missing(pairs, node, text);
        }
      } catch (InputException | UncheckedIOException e) {
        String reason = e instanceof InputException ie
            ? ie.getMessage() + (ie.hint() == null ? "" : " (" + ie.hint() + ")")
            : e.getMessage() + ": " + e.getCause().getMessage();
        node.put("available", false).put("reason", reason);
        text.append("  not available: ").append(reason).append('\n');
      }
    }
    try (Output out = Output.stdout(context.stdout())) {
      out.write(json ? Json.line(report) : text.toString());
    }
    return ExitCodes.OK;
  }

  private static void missing(List<LanguagePair> pairs, ObjectNode node, StringBuilder text) {
    Set<String> installed = pairs.stream().map(LanguagePair::id).collect(Collectors.toSet());
    List<String> packages = TESTED_PAIRS.stream().filter(p -> !installed.contains(p[0]))
        .map(p -> p[1]).toList();
    node.put("available", true);
    if (!packages.isEmpty()) {
      String command = "sudo apt-get install " + String.join(" ", packages);
      node.put("install_missing", command);
      text.append("  missing tested pairs: ").append(command).append('\n');
    }
    text.append("  more pairs: apt-cache search apertium- (Debian packages apertium-XXX-YYY)\n");
  }
}
