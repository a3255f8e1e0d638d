package dev.precis.core.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.core.InputException;
import dev.precis.core.Lexicon;
import dev.precis.core.Session;
import dev.precis.core.translate.Translator.WordClass;
import dev.precis.eval.ChrF;
import dev.precis.format.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The local Apertium backend, run for real; skipped where Apertium is not installed. */
class ApertiumTranslatorTest {
  static final Path MT = Path.of("..", "shared", "data", "mt");
  static ApertiumTranslator apertium;
  static Session session;

  @BeforeAll
  static void needsApertium() {
    apertium = ApertiumTranslator.onPath();
    try {
      apertium.checkAvailable();
    } catch (InputException e) {
      Assumptions.abort("apertium not installed (.ci/install-apertium.sh)");
    }
    Assumptions.assumeTrue(apertium.pairs().stream().anyMatch(p -> p.id().equals("eng-spa")),
        "apertium-eng-spa not installed");
    session = new Session();
  }

  private static LanguagePair pair(String id) {
    return apertium.pairs().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void keepsNSegmentsInNSegmentsOutWithoutWordsCrossingOver() {
    List<String> segments = List.of(
        "Macedonians go to polls in referendum on changing country's name",
        "Voters will vote Sunday on whether to change their country's name.",
        "A line\nwrapped inside one segment",
        "“Quoted,” he said.", "12", "-", "www.example.org");
    List<String> out = apertium.translate(pair("eng-spa"), segments, false);
    assertThat(out).hasSize(segments.size());
    // with plain line breaks Apertium moves "country's name" of the headline to the next line
    assertThat(out.get(0)).contains("nombre del país");
    assertThat(out.get(1)).startsWith("Los votantes");
    assertThat(out.get(3)).startsWith("“").contains("”");
    assertThat(out.get(4)).isEqualTo("12");
    assertThat(out.get(6)).isEqualTo("www.example.org");
  }

  @Test
  void aDocumentTranslatesTheSameWhateverWasTranslatedBeforeIt() throws IOException {
    // Apertium's tagger, kept open between documents, reads "one" in the second of these
    // news articles differently than a fresh run does: each document gets a fresh run.
    Path corpus = Path.of("..", "shared", "data", "summ", "cnn-corpus-dev.jsonl");
    Assumptions.assumeTrue(Files.isRegularFile(corpus), "../shared data not present");
    List<List<String>> documents = Files.readAllLines(corpus).stream().limit(2)
        .map(ApertiumTranslatorTest::paragraphs).toList();
    List<String> alone;
    try (ApertiumTranslator engine = ApertiumTranslator.onPath()) {
      alone = engine.translate(pair("eng-spa"), documents.get(1), false);
    }
    try (ApertiumTranslator engine = new ApertiumTranslator(System.getenv("PATH"), () -> true)) {
      engine.translate(pair("eng-spa"), documents.get(0), false);
      assertThat(engine.translate(pair("eng-spa"), documents.get(1), false)).isEqualTo(alone);
      assertThat(engine.translate(pair("eng-spa"), documents.get(1), false)).isEqualTo(alone);
    }
  }

  private static List<String> paragraphs(String jsonLine) {
    try {
      return List.of(Json.mapper().readTree(jsonLine).get("text").asText().split("\n\n"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void rawApertiumLosesTheAlignmentThatTheParagraphProtocolKeeps() {
    List<String> lines = List.of("Macedonians go to polls in referendum on changing country's name",
        "Voters will vote Sunday.");
    List<String> raw = apertium.translateRaw("eng-spa", lines);
    assertThat(raw.get(0)).doesNotContain("nombre");
    assertThat(apertium.translate(pair("eng-spa"), lines, false).get(0)).contains("nombre");
  }

  @Test
  void unknownMarksAreRemovedUnlessAskedFor() {
    List<String> in = List.of("The muppets of Twp are blorfic.");
    assertThat(apertium.translate(pair("eng-spa"), in, true).get(0)).contains("*blorfic");
    assertThat(apertium.translate(pair("eng-spa"), in, false).get(0)).contains("blorfic")
        .doesNotContain("*");
  }

  @Test
  void namesAreNotTranslatedAsWords() {
    DocumentTranslator translator = session.documentTranslator("apertium", null);
    List<String> text = List.of("Mr Trump met Donald Trump's lawyer in London.",
        "Trump said he would go. Holly Willoughby's show was cancelled.",
        "One Labour AM said the Welsh Parliament agreed.");
    Translation t = translator.translate("test", String.join("\n", text), text,
        TranslationRequest.of("en", "es", false), Set.of());
    String joined = String.join("\n", t.texts());
    assertThat(joined).contains("Trump", "Londres", "Willoughby", "Parlamento")
        .doesNotContain("Triunfo", "triunfo", "SOY", "acebo");
    // the raw engine does translate them, so the protection is doing the work
    assertThat(String.join("\n", apertium.translateRaw("eng-spa", text))).contains("Triunfo");
  }

  @Test
  void speakerNamesGivenByTheCallerAreKept() {
    DocumentTranslator translator = session.documentTranslator("apertium", null);
    List<String> text = List.of("Grace Bell said the plan would work.");
    Translation t = translator.translate("test", text.get(0), text,
        TranslationRequest.of("en", "es", false), Set.of("Grace Bell"));
    assertThat(t.texts().get(0)).startsWith("Grace Bell ");
    assertThat(t.protectedNames()).contains("Grace Bell");
  }

  @Test
  void placeholderSurnamesAreProperNounsForEveryInstalledTestedPair() {
    List<String> names = Lexicon.load("placeholder-surnames-en.txt").words().stream().sorted().toList();
    for (String id : List.of("eng-spa", "eng-cat", "en-gl")) {
      if (apertium.pairs().stream().noneMatch(p -> p.id().equals(id))) {
        continue;
      }
      Map<String, WordClass> classes = apertium.classify(pair(id), Set.copyOf(names));
      List<String> notProper = names.stream()
          .filter(n -> classes.get(n) != WordClass.PROPER && classes.get(n) != WordClass.GIVEN_NAME)
          .toList();
      assertThat(notProper).as(id).isEmpty();
      List<String> sentences = names.stream().map(n -> n + "'s plan was bad.").toList();
      List<String> out = apertium.translate(pair(id), sentences, false);
      for (int i = 0; i < names.size(); i++) {
        assertThat(out.get(i)).as(id).contains(names.get(i));
      }
    }
  }

  @Test
  void refusesHugeTokensWithAClearError() {
    DocumentTranslator translator = session.documentTranslator("apertium", null);
    String blob = "x".repeat(DocumentTranslator.MAX_TOKEN_CHARS + 1);
    assertThatThrownBy(() -> translator.translate("blob.txt", blob, List.of("A " + blob),
        TranslationRequest.of("en", "es", false), Set.of()))
        .isInstanceOf(InputException.class).hasMessageContaining("single token");
  }

  @Test
  void aMissingPairListsTheInstalledOnes() {
    DocumentTranslator translator = session.documentTranslator("apertium", null);
    assertThatThrownBy(() -> translator.pair("x.txt", "eng", "jpn"))
        .isInstanceOf(InputException.class).hasMessageContaining("no eng-jpn pair")
        .hasMessageContaining("eng-spa");
  }

  @Test
  void aMissingBinaryNamesTheInstallCommand() {
    ApertiumTranslator none = new ApertiumTranslator("/nonexistent-dir");
    assertThatThrownBy(none::checkAvailable).isInstanceOf(InputException.class)
        .hasMessageContaining("not installed")
        .extracting(e -> ((InputException) e).hint()).asString().contains("apt-get install apertium");
  }

  /** The target: precis scores at least raw `apertium -u` on the 96 NTREX lines. */
  @ParameterizedTest
  @CsvSource({"eng-spa, spa, es", "eng-cat, cat, ca", "en-gl, glg, gl"})
  void scoresAtLeastRawApertiumOnNtrex(String id, String ref, String to) throws IOException {
    Assumptions.assumeTrue(Files.exists(MT.resolve("ntrex128-head96.eng")), "no ../shared/data/mt");
    Assumptions.assumeTrue(apertium.pairs().stream().anyMatch(p -> p.id().equals(id)), id);
    List<String> src = Files.readAllLines(MT.resolve("ntrex128-head96.eng"), StandardCharsets.UTF_8);
    List<String> refs = Files.readAllLines(MT.resolve("ntrex128-head96." + ref), StandardCharsets.UTF_8);
    List<String> stored = Files.readAllLines(
        MT.resolve("ntrex128-head96.apertium-" + id + "." + ref), StandardCharsets.UTF_8);
    List<String> raw = apertium.translateRaw(id, src);
    double rawScore = ChrF.corpus(raw, refs);
    // the live engine is the one SOURCE.md measured
    assertThat(rawScore).isCloseTo(ChrF.corpus(stored, refs), org.assertj.core.data.Offset.offset(0.05));
    Translation t = session.documentTranslator("apertium", null).translate("ntrex",
        src.stream().collect(Collectors.joining("\n")), src, TranslationRequest.of("en", to, false),
        Set.of());
    assertThat(t.texts()).hasSize(96);
    assertThat(ChrF.corpus(t.texts(), refs)).isGreaterThanOrEqualTo(rawScore);
  }
}
