package dev.precis.core.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ApertiumTextTest {
  /** The single regexes the scans replaced, kept as the oracle they must agree with. */
  private static final Pattern SENTENCE_START_REGEX = Pattern.compile(
      "(?:^|(?<=[.!?][\"'”’»)]?[\\s\\u00A0]{1,3}))[\"'“‘«(]?((?:\\p{Lu}[\\p{L}\\p{N}'’.-]*)"
          + "(?: \\p{Lu}[\\p{L}\\p{N}'’.-]*)*)(?: (\\p{L}+))?");
  private static final Pattern QUOTATION_START_REGEX =
      Pattern.compile("(?:^|(?<=[\\s(\\[]))[\"“«'‘] ?(\\p{L})");

  @Test
  void sentenceAndQuotationStartsAgreeWithTheRegexesTheyReplaced() {
    String[] pieces = {"A", "Bo", "x", "É", "ñ", "1", ".", "!", "?", " ", "  ", "\u00A0", "\t",
        "\n", "\"", "'", "“", "”", "‘", "’", "«", "»", "(", ")", "[", "-", ",", "Mr. ", "He said"};
    Random random = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(14); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      assertThat(describe(ApertiumText.sentenceStarts(t)))
          .as(t).isEqualTo(describe(SENTENCE_START_REGEX.matcher(t).results().toList()));
      assertThat(describe(ApertiumText.quotationStarts(t)))
          .as(t).isEqualTo(describe(QUOTATION_START_REGEX.matcher(t).results().toList()));
    }
  }

  private static List<String> describe(List<MatchResult> matches) {
    List<String> out = new ArrayList<>();
    for (MatchResult m : matches) {
      StringBuilder d = new StringBuilder(m.start() + "-" + m.end());
      for (int g = 1; g <= m.groupCount(); g++) {
        d.append('|').append(m.group(g));
      }
      out.add(d.toString());
    }
    return out;
  }

  @Test
  void segmentsTravelAsBlankLineSeparatedParagraphs() {
    String batch = ApertiumText.join(List.of("First line\nwrapped.", "Second “quoted” one."));
    assertThat(batch).isEqualTo("First line wrapped.\n\nSecond \"quoted\" one.\n");
    assertThat(ApertiumText.split(" Primera línea.\n \nSegunda.\n\n", 2))
        .containsExactly("Primera línea.", "Segunda.");
    assertThat(ApertiumText.split("Una sola.\n", 2)).isNull();
  }

  @Test
  void removesUnknownWordMarksUnlessKept() {
    String source = "See #MeToo and the muppets";
    assertThat(ApertiumText.finish(source, "Ve *muppets y #estar @aquí", false))
        .isEqualTo("Ve muppets y estar aquí");
    assertThat(ApertiumText.finish(source, "Ve *muppets", true)).isEqualTo("Ve *muppets");
  }

  @Test
  void tidiesWhiteSpaceAndPunctuation() {
    assertThat(ApertiumText.finish("It rhymes (here).", "  él  rima ( aquí ) .", false))
        .isEqualTo("Él rima (aquí).");
  }

  @Test
  void restoresCurlyQuotesWhereTheSourceHadThem() {
    String source = "He described “the events” and ‘others’.";
    assertThat(ApertiumText.finish(source, "Describió \"los casos\" y 'otros'.", false))
        .isEqualTo("Describió “los casos” y ‘otros’.");
    assertThat(ApertiumText.finish("He said \"yes\".", "Dijo \"sí\".", false))
        .isEqualTo("Dijo \"sí\".");
    assertThat(ApertiumText.finish("“I have no doubt.”", "\" No tengo duda.\"", false))
        .isEqualTo("“No tengo duda.”");
  }

  @Test
  void lowersTheWordApertiumCapitalisedAfterALeadingUnknownName() {
    String source = "It was done.\u00A0 Tokayev spoke about the attacks.";
    assertThat(ApertiumText.finish(source, "Se hizo. Tokayev Habló sobre los ataques.", false))
        .isEqualTo("Se hizo. Tokayev habló sobre los ataques.");
    assertThat(ApertiumText.finish("Tokayev Kazakhstan said.", "Tokayev Kazajstán dijo.", false))
        .isEqualTo("Tokayev Kazajstán dijo.");
    assertThat(ApertiumText.finish("Chad Hammel told KSWB-TV.", "Chad Hammel KSWB dijo-TV.", false))
        .isEqualTo("Chad Hammel KSWB dijo-TV.");
  }

  @Test
  void quotationsStartWithACapitalWhereTheSourceDid() {
    assertThat(ApertiumText.finish("He said: \"We've changed\" and \"it works\".",
        "Dijo: \" hemos cambiado\" y \"funciona\".", false))
        .isEqualTo("Dijo: \"Hemos cambiado\" y \"funciona\".");
    assertThat(ApertiumText.finish("He yelled: 'There's a shark!'", "Gritó: 'hay un tiburón!'", false))
        .isEqualTo("Gritó: 'Hay un tiburón!'");
  }

  @Test
  void givesBackTheInitialCapital() {
    assertThat(ApertiumText.finish("There is consternation.", " hay consternación.", false))
        .isEqualTo("Hay consternación.");
  }

  @Test
  void longRunsOfCapitalisedWordsMrsAndUrlsAreScannedWithoutOverflowingTheStack() {
    // a greedy repeated group took a stack frame per word: 1,100 such words overflowed
    String names = "Ab ".repeat(50_000) + "went home.";
    String titles = "Mr. ".repeat(20_000) + "Smith spoke.";
    String urls = "https://example.com/a ".repeat(20_000);
    assertThat(ApertiumText.sentenceStarts(names)).hasSize(1);
    assertThat(ApertiumText.sentenceStarts(names).get(0).group(2)).isEqualTo("went");
    assertThat(ApertiumText.finish(names, names.replace("went", "Went"), false))
        .endsWith("Ab went home.");
    assertThat(ApertiumText.finish(titles, titles, false)).isEqualTo(titles);
    assertThat(ApertiumText.finish("It is. " + urls, "Es. " + urls, false)).startsWith("Es. https://");
  }
}
