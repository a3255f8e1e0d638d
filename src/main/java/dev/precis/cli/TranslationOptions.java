package dev.precis.cli;

import static dev.precis.cli.Specs.candidates;
import static dev.precis.cli.Specs.option;

import dev.precis.api.Precis;
import dev.precis.api.TranslationSettings;
import dev.precis.core.Session;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The translation options a command mixes in to translate what it prints ({@code --to}).
 * A command calls {@link #validate} from its own {@code validate()} and hands
 * {@link #settings} to the pipeline API, which translates each document in one batch.
 */
public final class TranslationOptions {
  String to;
  String from;
  String translator;
  String url;
  boolean markUnknown;

  /** Adds the translation options to {@code spec}, bound to these fields. */
  void addTo(CommandSpec spec) {
    spec.addOption(option(String.class, this, "to", "--to").paramLabel("LANG")
        .description("Translate the output into LANG (ISO 639-1 or 639-3 code: es, spa, ca, gl).")
        .build());
    spec.addOption(option(String.class, this, "from", "--from").paramLabel("LANG")
        .defaultValue("auto")
        .description("Language of the input, or auto to detect it per document "
            + "(default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(option(String.class, this, "translator", "--translator")
        .paramLabel("NAME").defaultValue("apertium")
        .completionCandidates(candidates(Session::translatorNames))
        .description("Translation backend: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(option(String.class, this, "url", "--translator-url")
        .paramLabel("URL")
        .description("Server of the apy (default http://127.0.0.1:2737) or libretranslate "
            + "(default http://127.0.0.1:5000) backend.")
        .build());
    spec.addOption(option(boolean.class, this, "markUnknown", "--mark-unknown")
        .description("Keep the translator's marks on words it does not know (*, #, @).").build());
  }

  /** Whether the user asked for a translation. */
  boolean enabled() {
    return to != null;
  }

  /** The options as the pipeline API takes them. */
  TranslationSettings settings() {
    return new TranslationSettings(to, from, translator, url, markUnknown);
  }

  /** Checks codes, backend and installed pairs before any input is read. */
  void validate(Session session) {
    Precis.on(session).checkTranslation(settings());
  }
}
