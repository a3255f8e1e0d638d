package dev.precis.cli;

import static dev.precis.cli.Specs.listOption;
import static dev.precis.cli.Specs.option;

import dev.precis.api.ArticleInput;
import dev.precis.api.QuotesOptions;
import dev.precis.core.quotes.Quote;
import dev.precis.format.Format;
import dev.precis.format.Results;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

final class QuotesCommand extends DocumentCommand {
  List<String> kinds;
  boolean bySpeaker;
  String speaker;
  String extractorName;
  java.nio.file.Path model;
  final TranslationOptions translation = new TranslationOptions();

  private Set<Quote.Kind> wanted;

  QuotesCommand(RunContext context) {
    super(context);
  }

  @Override
  CommandSpec commandSpec() {
    CommandSpec spec = documentSpec("quotes", "List every quotation of an article, in order: "
        + "direct quotes, partial quotes and reported speech, each with its cue verb and "
        + "canonical speaker.");
    spec.versionProvider(new VersionProvider());
    spec.addOption(listOption(String.class, this, "kinds", "--kind")
        .paramLabel("KIND").splitRegex(",")
        .description("Only these kinds: direct, partial, indirect (default: all).").build());
    spec.addOption(option(boolean.class, this, "bySpeaker", "--by-speaker")
        .description("Group the quotes by speaker, with counts.").build());
    spec.addOption(option(String.class, this, "speaker", "--speaker")
        .paramLabel("NAME")
        .description("Only quotes by this speaker (case-insensitive; a surname matches the "
            + "full name; a surname two speakers share means the one the article calls by "
            + "it).")
        .build());
    spec.addOption(option(String.class, this, "extractorName", "-x", "--extractor")
        .paramLabel("NAME").defaultValue("rules")
        .description("rules, model (cues of reported speech judged by the attribution model "
            + "trained on PolNeAR) or combined (the rules' cues and the model's) "
            + "(default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(option(java.nio.file.Path.class, this, "model", "--model").paramLabel("FILE")
        .description("The attribution model of -x model/combined (default: the shipped one).")
        .build());
    translation.addTo(spec);
    return Specs.withHelpOptions(spec);
  }

  @Override
  void validate() {
    translation.validate(context.session());
    wanted = EnumSet.noneOf(Quote.Kind.class);
    if (kinds == null || kinds.isEmpty()) {
      wanted = EnumSet.allOf(Quote.Kind.class);
    }
    for (String k : kinds == null ? List.<String>of() : kinds) {
      try {
        wanted.add(Quote.Kind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(),
            "unknown kind '" + k + "' (choose from: direct, partial, indirect)");
      }
    }
    precis().checkQuotes(options()); // a bad extractor name or model file fails first
  }

  private QuotesOptions options() {
    return new QuotesOptions(wanted, speaker, translation.settings(), extractorName,
        model == null ? null : model.toString());
  }

  @Override
  String render(ArticleInput input, Format format) {
    return Results.render(format, precis().quotes(input, options()), bySpeaker);
  }
}
