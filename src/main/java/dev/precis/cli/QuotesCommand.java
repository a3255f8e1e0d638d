package dev.precis.cli;

import static dev.precis.cli.Specs.listOption;
import static dev.precis.cli.Specs.option;

import dev.precis.core.Document;
import dev.precis.core.Session;
import dev.precis.core.quotes.Quote;
import dev.precis.core.translate.Translation;
import dev.precis.format.Format;
import dev.precis.format.QuotesRenderer;
import dev.precis.io.InputDocument;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

final class QuotesCommand extends DocumentCommand {
  List<String> kinds;
  boolean bySpeaker;
  String speaker;
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
    translation.addTo(spec);
    return Specs.withHelpOptions(spec);
  }

  @Override
  void validate() {
    translation.validate(context.session());
    wanted = EnumSet.noneOf(Quote.Kind.class);
    if (kinds == null || kinds.isEmpty()) {
      wanted = EnumSet.allOf(Quote.Kind.class);
      return;
    }
    for (String k : kinds) {
      try {
        wanted.add(Quote.Kind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(),
            "unknown kind '" + k + "' (choose from: direct, partial, indirect)");
      }
    }
  }

  @Override
  String render(InputDocument input, Format format) {
    Session session = context.session();
    Document document = session.splitter("precis").apply(Document.of(input.text()));
    List<Quote> all = session.quoteExtractor("rules").extract(document);
    Set<String> asked = speaker == null ? null : speakersNamed(document.text(), all, speaker);
    List<Quote> quotes = all.stream()
        .filter(q -> wanted.contains(q.kind()))
        .filter(q -> asked == null || q.speaker() != null && asked.contains(q.speaker()))
        .toList();
    Translation translated = null;
    if (translation.enabled()) {
      // Speakers are names, not words: they are kept as written in the translation.
      Set<String> names = new HashSet<>();
      for (Quote q : quotes) {
        if (q.speaker() != null) {
          names.add(q.speaker());
        }
        if (q.speakerMention() != null) {
          names.add(document.text(q.speakerMention()));
        }
      }
      translated = translation.translate(session, input,
          QuotesRenderer.texts(document, quotes), names);
    }
    return QuotesRenderer.render(format, input.source(), input.fields(), document, quotes,
        bySpeaker, translated);
  }

  /**
   * The speakers of {@code quotes} that {@code name} names: the one with that whole name, or
   * else those whose name ends with it. When a surname is shared ("Trump" for Donald and
   * Melania Trump), it means the person the article itself calls by the bare surname, or
   * failing that the one it quotes first.
   */
  static Set<String> speakersNamed(String text, List<Quote> quotes, String name) {
    Set<String> whole = new java.util.LinkedHashSet<>();
    Set<String> ending = new java.util.LinkedHashSet<>();
    for (Quote q : quotes) {
      if (q.speaker() != null && normalise(q.speaker()).equals(normalise(name))) {
        whole.add(q.speaker());
      } else if (speaks(q.speaker(), name)) {
        ending.add(q.speaker());
      }
    }
    if (!whole.isEmpty() || ending.size() <= 1) {
      return whole.isEmpty() ? ending : whole;
    }
    for (Quote q : quotes) {
      if (ending.contains(q.speaker()) && q.speakerMention() != null
          && normalise(q.speakerMention().slice(text)).equals(normalise(name))) {
        return Set.of(q.speaker());
      }
    }
    return Set.of(ending.iterator().next());
  }

  /** Whether {@code name} names {@code canonical}: all of it, or its last words. */
  static boolean speaks(String canonical, String name) {
    if (canonical == null) {
      return false;
    }
    String c = normalise(canonical);
    String n = normalise(name);
    return c.equals(n) || c.endsWith(" " + n);
  }

  private static String normalise(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
