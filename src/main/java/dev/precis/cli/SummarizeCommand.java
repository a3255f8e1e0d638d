package dev.precis.cli;

import static dev.precis.cli.Specs.candidates;
import static dev.precis.cli.Specs.option;

import dev.precis.api.ArticleInput;
import dev.precis.api.SummarizeOptions;
import dev.precis.core.Session;
import dev.precis.core.summary.LengthLimit;
import dev.precis.core.summary.SummaryOptions;
import dev.precis.format.Format;
import dev.precis.format.Results;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

final class SummarizeCommand extends DocumentCommand {
  // The three ways to set the length; at most one may be given (an exclusive group).
  Integer sentences;
  Integer words;
  Double ratio;

  String method;
  Double diversity;
  String order;
  String title;
  boolean noTitle;
  boolean explain;
  int minWords = SummaryOptions.DEFAULT_MIN_WORDS;
  final TranslationOptions translation = new TranslationOptions();

  SummarizeCommand(RunContext context) {
    super(context);
  }

  @Override
  CommandSpec commandSpec() {
    CommandSpec spec = documentSpec("summarize",
        "Extractive summary: the article's most important sentences, verbatim.",
        "A first line followed by a blank line is taken as the title: it guides the choice "
            + "and is never repeated in the summary. A JSON Lines record with a \"sentences\" "
            + "array is taken as already split; its \"title\" field is used as the title.");
    spec.addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1")
        .addArg(option(Integer.class, this, "sentences", "-n", "--sentences")
            .paramLabel("N").description("Number of sentences (default: 3).").build())
        .addArg(option(Integer.class, this, "words", "--words").paramLabel("N")
            .description("Word budget, never exceeded: the best-ranked whole sentences that fit, "
                + "so the summary may be shorter.").build())
        .addArg(option(Double.class, this, "ratio", "--ratio").paramLabel("R")
            .description("Fraction of the article's sentences, 0..1 (at least one sentence).")
            .build())
        .build());
    spec.addOption(option(int.class, this, "minWords", "--min-words").paramLabel("K")
        .defaultValue(Integer.toString(SummaryOptions.DEFAULT_MIN_WORDS))
        .description("Never choose a sentence of fewer than K words, whatever the length "
            + "setting (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(option(String.class, this, "method", "-m", "--method")
        .paramLabel("NAME").defaultValue("auto")
        .completionCandidates(candidates(Session::rankerNames))
        .description("Sentence ranker: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, the "
            + "best measured on the development data).")
        .build());
    spec.addOption(option(Double.class, this, "diversity", "--diversity")
        .paramLabel("D")
        .description("Redundancy control (maximal marginal relevance), 0..1: 0 ranks by score "
            + "alone, higher values prefer sentences unlike those already chosen; near-copies are "
            + "never both chosen (default: the method's own, 0.7 for trained/auto, 0 for lead and "
            + "sumbasic, 0.3 for the others).")
        .build());
    spec.addOption(option(String.class, this, "order", "--order")
        .paramLabel("ORDER").defaultValue("original")
        .description("Output order: original (article order) or rank (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(option(String.class, this, "title", "--title")
        .paramLabel("TEXT")
        .description("The article's title (else found as the first line before a blank line).")
        .build());
    spec.addOption(option(boolean.class, this, "noTitle", "--no-title")
        .description("Do not look for a title in the text.").build());
    spec.addOption(option(boolean.class, this, "explain", "--explain")
        .description("Show every sentence with its score, rank and the features behind them, "
            + "and why a sentence was skipped or brought in.")
        .build());
    translation.addTo(spec);
    return Specs.withHelpOptions(spec);
  }

  @Override
  void validate() {
    context.session().ranker(method);
    options();
    translation.validate(context.session());
  }

  /** The options as the pipeline API takes them; throws on values out of range. */
  private SummarizeOptions options() {
    LengthLimit limit;
    if (words != null) {
      if (words < 0) {
        throw new ParameterException(spec.commandLine(), "--words must be 0 or more");
      }
      limit = LengthLimit.words(words);
    } else if (ratio != null) {
      if (!(ratio >= 0 && ratio <= 1)) {
        throw new ParameterException(spec.commandLine(), "--ratio must be between 0 and 1");
      }
      limit = LengthLimit.ratio(ratio);
    } else {
      int n = sentences == null ? 3 : sentences;
      if (n < 0) {
        throw new ParameterException(spec.commandLine(), "--sentences must be 0 or more");
      }
      limit = LengthLimit.sentences(n);
    }
    if (diversity != null && !(diversity >= 0 && diversity <= 1)) {
      throw new ParameterException(spec.commandLine(), "--diversity must be between 0 and 1");
    }
    SummaryOptions.Order o;
    switch (order) {
      case "original":
        o = SummaryOptions.Order.ORIGINAL;
        break;
      case "rank":
        o = SummaryOptions.Order.RANK;
        break;
      default:
        throw new ParameterException(spec.commandLine(),
            "unknown order '" + order + "' (choose from: original, rank)");
    }
    if (minWords < 0) {
      throw new ParameterException(spec.commandLine(), "--min-words must be 0 or more");
    }
    return SummarizeOptions.builder().length(limit).method(method).diversity(diversity).order(o)
        .title(title).noTitle(noTitle).explain(explain).minWords(minWords)
        .translation(translation.settings()).build();
  }

  @Override
  String render(ArticleInput input, Format format) {
    return Results.render(format, precis().summarize(input, options()));
  }
}
