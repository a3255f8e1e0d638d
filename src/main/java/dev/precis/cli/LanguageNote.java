package dev.precis.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.EnglishCheck;
import dev.precis.format.Format;
import dev.precis.format.Json;
import dev.precis.api.ArticleInput;
import java.util.Set;

/**
 * The note for input that is not English, run by the commands whose rules and models are
 * English only: one line on standard error (unless --quiet) and, in JSON, a
 * {@code language_warning} object, so an Italian page is not split and summarised with
 * English rules without a word.
 */
final class LanguageNote {
  /** The commands built on English rules and models (translate and detect are not). */
  static final Set<String> ENGLISH_ONLY = Set.of("split", "summarize", "quotes", "keywords");

  private LanguageNote() {}

  /** {@code document}, with the warning among its JSON fields when it is not English. */
  static ArticleInput apply(DocumentCommand command, ArticleInput document, Format format) {
    EnglishCheck.Result check = command.context.session().checkEnglish(document.text());
    if (check.english()) {
      return document;
    }
    String message = "looks like " + check.name() + " (" + check.language() + "), not English: "
        + command.spec.name() + " uses English rules, so results may be poor";
    if (!command.output.quiet) {
      command.context.stderr().println("precis: " + document.source() + ": " + message
          + " (--quiet silences this)");
    }
    if (format != Format.JSON) {
      return document;
    }
    ObjectNode warning = Json.mapper().createObjectNode();
    warning.put("language", check.language()).put("language_name", check.name())
        .put("confidence", Math.round(check.confidence() * 1000) / 1000.0)
        .put("message", message);
    return document.withField("language_warning", warning);
  }
}
