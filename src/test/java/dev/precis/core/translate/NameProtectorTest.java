package dev.precis.core.translate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.translate.Translator.WordClass;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Masking decisions from word classes as Apertium's English analyser gives them (the classes
 * below are what lt-proc reports for these words in apertium-eng-spa).
 */
class NameProtectorTest {
  @Test
  void findsCapitalisedWordsExactlyAsTheRegexItReplaces() {
    Pattern regex = Pattern.compile("(?<![\\p{L}\\p{N}'’])\\p{Lu}\\p{L}*");
    // capitals, small letters, digits of several kinds, apostrophes, a supplementary letter
    // (𝐀 is Lu, 𐐨 is Ll), a combining mark, spaces and punctuation
    String[] pieces = {"A", "b", "É", "ß", "Ω", "ж", "1", "٣", "Ⅻ", "½", "'", "’", " ", ".", "-",
        "\uD835\uDC00", "\uD801\uDC28", "\u0301", "“", "\n", "Mc", "O'"};
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      List<String> expected = regex.matcher(t).results()
          .map(m -> m.start() + ":" + m.group()).toList();
      List<String> found = NameProtector.capitalised(t).stream()
          .map(m -> m.start() + ":" + m.group()).toList();
      assertThat(found).as(t).isEqualTo(expected);
    }
  }

  static final Map<String, WordClass> CLASSES = Map.ofEntries(
      Map.entry("Trump", WordClass.COMMON), Map.entry("Donald", WordClass.GIVEN_NAME),
      Map.entry("Mr", WordClass.COMMON), Map.entry("Parliament", WordClass.COMMON),
      Map.entry("Welsh", WordClass.COMMON), Map.entry("London", WordClass.PROPER),
      Map.entry("Oak", WordClass.COMMON), Map.entry("AM", WordClass.OTHER),
      Map.entry("The", WordClass.OTHER), Map.entry("Labour", WordClass.COMMON),
      Map.entry("Hudson", WordClass.PROPER), Map.entry("Wilson", WordClass.PROPER),
      Map.entry("Ellis", WordClass.PROPER), Map.entry("May", WordClass.COMMON),
      Map.entry("One", WordClass.OTHER), Map.entry("It", WordClass.OTHER),
      Map.entry("Theresa", WordClass.GIVEN_NAME), Map.entry("I", WordClass.OTHER));

  private static List<String> protect(NameProtector p, Set<String> names, String... segments) {
    return p.protect(List.of(segments), names, words -> CLASSES);
  }

  @Test
  void masksNamesTheEngineWouldTranslateAsWords() {
    NameProtector p = new NameProtector(List.of("Hudson", "Wilson", "Ellis"));
    List<String> masked = protect(p, Set.of(),
        "Mr Trump met Donald Trump in London.", "Trump said the Welsh Parliament agreed.",
        "One Labour AM spoke.");
    assertThat(masked.get(0)).doesNotContain("Trump").contains("London");
    assertThat(masked.get(1)).doesNotContain("Trump").contains("Welsh Parliament");
    assertThat(masked.get(2)).doesNotContain(" AM ").contains("Labour");
    assertThat(p.masked()).contains("Trump", "AM").doesNotContain("London", "Parliament");
  }

  @Test
  void placeholdersAreKnownSurnamesThatStartLikeTheName() {
    NameProtector p = new NameProtector(List.of("Hudson", "Wilson", "Ellis"));
    List<String> masked = protect(p, Set.of("Elin Jones", "Trump"), "Elin Jones met Trump.");
    assertThat(masked).containsExactly("Ellis met Wilson.");
    assertThat(p.restore("Ellis se reunió con Wilson.")).isEqualTo("Elin Jones se reunió con Trump.");
  }

  @Test
  void surnamesInTheDocumentAreNotUsedAsPlaceholders() {
    NameProtector p = new NameProtector(List.of("Wilson", "Hudson"));
    List<String> masked = protect(p, Set.of("Trump"), "Trump and Wilson talked.");
    assertThat(masked.get(0)).startsWith("Zxq").endsWith(" and Wilson talked.");
    assertThat(p.restore(masked.get(0).replace("talked", "hablaron"))).isEqualTo("Trump and Wilson hablaron.");
  }

  @Test
  void keepsUrlsHandlesAndHashtagsVerbatim() {
    NameProtector p = new NameProtector(List.of());
    String source = "See https://example.org/a-b?x=1, write to desk@example.org or #MeToo @bbc.";
    String masked = protect(p, Set.of(), source).get(0);
    assertThat(masked).doesNotContain("example", "MeToo", "@bbc").endsWith(".");
    assertThat(p.restore(masked)).isEqualTo(source);
  }

  @Test
  void titleCaseHeadlinesSayNothingAboutNames() {
    Map<String, WordClass> classes = Map.of("Struggle", WordClass.COMMON, "Churches", WordClass.COMMON,
        "Keep", WordClass.COMMON, "Their", WordClass.OTHER, "Bells", WordClass.COMMON);
    String headline = "Churches in Harlem Struggle to Keep Their Bells";
    assertThat(NameProtector.isTitleCase(headline, classes)).isTrue();
    assertThat(NameProtector.isTitleCase("Mr Trump met Donald Trump in London.", CLASSES)).isFalse();
    NameProtector p = new NameProtector(List.of("Hudson"));
    assertThat(p.protect(List.of(headline), Set.of(), w -> classes)).containsExactly(headline);
    List<String> prose = new NameProtector(List.of("Hudson")).protect(
        List.of("The churches said the Harlem Struggle group met."), Set.of(), w -> classes);
    assertThat(prose.get(0)).doesNotContain("Struggle");
  }

  @Test
  void aSentenceOfNamesIsNoHeadlineAndATitleWithAFullStopIntroducesAName() {
    Map<String, WordClass> classes = new java.util.HashMap<>(CLASSES);
    classes.putAll(Map.of("John", WordClass.GIVEN_NAME, "Smith", WordClass.COMMON,
        "Baker", WordClass.COMMON));
    String sentence = "Donald Trump met John Smith and Mr. Baker.";
    assertThat(NameProtector.isTitleCase(sentence, classes)).isFalse();
    NameProtector p = new NameProtector(List.of("Hudson", "Wilson", "Ellis"));
    String masked = p.protect(List.of(sentence), Set.of(), w -> classes).get(0);
    assertThat(masked).doesNotContain("Trump", "Smith", "Baker").contains(" met ", "Mr. ");
    assertThat(p.masked()).contains("Donald Trump", "John Smith", "Baker");
  }

  @Test
  void masksCommonWordsListedWithNames() {
    NameProtector p = new NameProtector(List.of("Hudson", "Wilson"));
    Map<String, WordClass> classes = Map.of("Boots", WordClass.COMMON, "Shop", WordClass.COMMON,
        "It", WordClass.OTHER);
    List<String> masked = p.protect(List.of("It competes with Boots, Superdrug and the Shop."),
        Set.of(), w -> classes);
    assertThat(masked.get(0)).doesNotContain("Boots").contains("Superdrug", "the Shop");
  }

  @Test
  void aKnownNameBeforeAnUnknownSurnameIsAPerson() {
    Map<String, WordClass> classes = Map.of("Chad", WordClass.GIVEN_NAME, "London", WordClass.PROPER,
        "Bridge", WordClass.COMMON, "Carter", WordClass.PROPER);
    NameProtector p = new NameProtector(List.of("Carter"));
    List<String> masked = p.protect(List.of("Chad Hammel dived near London Bridge."), Set.of(),
        w -> classes);
    assertThat(masked).containsExactly("Carter dived near London Bridge.");
    assertThat(p.restore("Carter buceó cerca del puente de Londres."))
        .isEqualTo("Chad Hammel buceó cerca del puente de Londres.");
  }

  @Test
  void masksMiddleInitials() {
    NameProtector p = new NameProtector(List.of());
    String masked = protect(p, Set.of(), "Dionisio A. Lind played. A. Smith too.").get(0);
    assertThat(masked).doesNotContain(" A. Lind").contains("A. Smith");
    assertThat(p.restore(masked)).isEqualTo("Dionisio A. Lind played. A. Smith too.");
  }

  @Test
  void restoresAMadeUpWordWithAGluedSuffix() {
    NameProtector p = new NameProtector(List.of());
    String masked = protect(p, Set.of("Sainsbury"), "Sainsbury's plans.").get(0);
    String placeholder = masked.substring(0, masked.indexOf('\''));
    assertThat(p.restore(placeholder + "ha plans")).isEqualTo("Sainsburyha plans");
  }

  @Test
  void leavesASentenceInitialWordTheDocumentAlsoUsesInLowerCase() {
    NameProtector p = new NameProtector(List.of("Hudson"));
    List<String> masked = protect(p, Set.of(), "May I ask?", "Theresa met Mr May. It may rain.");
    assertThat(masked.get(0)).startsWith("May I");
    assertThat(masked.get(1)).doesNotContain("Mr May");
  }

  @Test
  void withoutAnAnalyserOnlyGivenNamesAreMasked() {
    NameProtector p = new NameProtector(List.of("Hudson"));
    List<String> masked = p.protect(List.of("Mr Trump spoke."), Set.of(), words -> Map.of());
    assertThat(masked).containsExactly("Mr Trump spoke.");
  }
}
