package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.core.InputException;
import dev.precis.core.Session;
import dev.precis.core.translate.FakeServers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TranslateCommandTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Path MT = Path.of("..", "shared", "data", "mt");

  static void assumeApertium() {
    try {
      new Session().translator("apertium", null).checkAvailable();
    } catch (InputException e) {
      Assumptions.abort("apertium not installed (.ci/install-apertium.sh)");
    }
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }

  @Test
  void quotesInSpanishKeepTheSpeakersNamesInEnglish() throws IOException {
    assumeApertium();
    Cli.Result r = Cli.run("quotes", "--to", "es", "-f", "json", Cli.seedArticle().toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = MAPPER.readTree(r.out());
    assertThat(root.get("translation").get("to_iso1").asText()).isEqualTo("es");
    JsonNode partial = null;
    for (JsonNode q : root.get("quotes")) {
      assertThat(q.get("translation").asText()).isNotBlank().isNotEqualTo(q.get("text").asText());
      if (q.get("kind").asText().equals("partial")) {
        partial = q;
      }
    }
    assertThat(partial).isNotNull();
    assertThat(partial.get("speaker").asText()).isEqualTo("Kassym-Jomart Tokayev");
    assertThat(partial.get("text").asText()).contains("tragic events");
    assertThat(partial.get("translation").asText()).containsIgnoringCase("trágicos");
    assertThat(root.get("translation").get("protected").toString())
        .contains("Kassym-Jomart Tokayev").contains("Charles Michel");
  }

  @Test
  void summariesTranslateTheChosenSentencesOnly() throws IOException {
    assumeApertium();
    Cli.Result r = Cli.run("summarize", "-n", "2", "--to", "es", "-f", "json",
        Cli.seedArticle().toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode selected = MAPPER.readTree(r.out()).get("selected");
    assertThat(selected).hasSize(2);
    for (JsonNode s : selected) {
      assertThat(s.get("translation").asText()).isNotBlank().isNotEqualTo(s.get("text").asText());
    }
    Cli.Result text = Cli.run("summarize", "-n", "2", "--to", "es", Cli.seedArticle().toString());
    assertThat(text.out().lines()).hasSize(2);
    assertThat(text.out()).contains("Kazajstán");
  }

  @Test
  void seedArticleKeepsItsEightParagraphsAndQuotationMarks() throws IOException {
    assumeApertium();
    String source = Files.readString(Cli.seedArticle(), StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("translate", "--to", "es", Cli.seedArticle().toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().strip().split("\n\n")).hasSize(8);
    assertThat(count(r.out(), '“')).isEqualTo(count(source, '“')).isPositive();
    assertThat(count(r.out(), '”')).isEqualTo(count(source, '”'));
    assertThat(r.out()).contains("Kazajstán", "Tokayev", "Charles Michel", "1,300")
        .doesNotContain("  ");
  }

  @Test
  void jsonKeepsOriginalTextAndOffsetsBesideTheTranslation() throws IOException {
    assumeApertium();
    Cli.Result r = Cli.run("translate", "--to", "spa", "-f", "json", Cli.seedArticle().toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = MAPPER.readTree(r.out());
    String source = Files.readString(Cli.seedArticle(), StandardCharsets.UTF_8);
    assertThat(root.path("translation").path("from").asText()).isEqualTo("eng");
    assertThat(root.path("translation").path("to_iso1").asText()).isEqualTo("es");
    assertThat(root.path("translation").path("pair").asText()).isEqualTo("eng-spa");
    JsonNode first = root.path("translations").get(0);
    String slice = source.substring(first.path("start").asInt(), first.path("end").asInt());
    assertThat(first.path("text").asText()).isEqualTo(slice);
    assertThat(first.path("translation").asText()).startsWith("Presidente");
    assertThat(root.path("translations")).hasSize(8);
  }

  @Test
  void splitTranslatesEachSentenceBesideItsSpan() throws IOException {
    assumeApertium();
    Cli.Result r = Cli.runWithInput("The cat sat on the mat. Mr Trump said “no”.\n",
        "split", "--to", "es", "-f", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode sentences = MAPPER.readTree(r.out()).path("sentences");
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).path("text").asText()).isEqualTo("The cat sat on the mat.");
    assertThat(sentences.get(0).path("translation").asText()).contains("gato");
    assertThat(sentences.get(1).path("translation").asText()).contains("Trump", "“", "”");
    Cli.Result text = Cli.runWithInput("The cat sat on the mat. It was happy.\n", "split", "--to", "es");
    assertThat(text.out().split("\n")).hasSize(2);
  }

  @Test
  void textAlreadyInTheTargetLanguagePassesThrough() {
    assumeApertium();
    String spanish = "El gobierno anunció ayer que las elecciones se celebrarán en marzo. "
        + "Los partidos de la oposición pidieron más tiempo para preparar sus campañas.\n";
    Cli.Result r = Cli.runWithInput(spanish, "translate", "--to", "es");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(spanish.strip() + "\n");
  }

  @Test
  void shortTextsWhoseLanguageIsUnsureGoToALanguageWithAPair() {
    assumeApertium();
    Cli.Result r = Cli.runWithInput("Hello.\n", "translate", "--to", "es");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("Hola.\n");
    Cli.Result empty = Cli.runWithInput("", "translate", "--to", "es");
    assertThat(empty.exitCode()).isZero();
    assertThat(empty.out()).isEmpty();
  }

  @Test
  void jsonLinesTranslatesEachRecordAsOneDocument() throws IOException {
    assumeApertium();
    String input = "{\"id\":\"a\",\"text\":\"The cat sat.\\n\\nThe dog ran.\"}\n"
        + "{\"id\":\"b\",\"text\":\"Good morning.\"}\n";
    Cli.Result r = Cli.runWithInput(input, "translate", "--to", "ca", "--from", "en", "--jsonl");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode a = MAPPER.readTree(lines[0]);
    assertThat(a.path("id").asText()).isEqualTo("a");
    assertThat(a.path("translations")).hasSize(2);
    assertThat(a.path("translation").path("pair").asText()).isEqualTo("eng-cat");
  }

  @Test
  void usageErrorsExitTwo() {
    Cli.Result noTarget = Cli.runWithInput("Hello.", "translate");
    assertThat(noTarget.exitCode()).isEqualTo(2);
    assertThat(noTarget.err()).contains("--to");
    Cli.Result badCode = Cli.runWithInput("Hello.", "translate", "--to", "spanish");
    assertThat(badCode.exitCode()).isEqualTo(2);
    assertThat(badCode.err()).contains("unknown language code 'spanish'").doesNotContain("Exception");
    Cli.Result badBackend = Cli.runWithInput("Hello.", "translate", "--to", "es", "--translator", "x");
    assertThat(badBackend.exitCode()).isEqualTo(2);
  }

  @Test
  void aMissingPairExitsTwoListingTheInstalledPairs() {
    assumeApertium();
    Cli.Result r = Cli.runWithInput("Hello there.", "translate", "--to", "ja");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("jpn").contains("eng-spa").hasLineCount(1);
  }

  @Test
  void serverBackendsWorkFromTheCommandLineAndFailInOneLine() throws IOException {
    try (FakeServers servers = new FakeServers()) {
      Cli.Result r = Cli.runWithInput("First paragraph here.\n\nSecond one.\n", "translate",
          "--to", "es", "--from", "en", "--translator", "apy", "--translator-url", servers.apy().toString());
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("SPA: FIRST PARAGRAPH HERE.\n\nSPA: SECOND ONE.\n");
      Cli.Result lt = Cli.runWithInput("Hello.\n", "translate", "--to", "ca", "--from", "en",
          "--translator", "libretranslate", "--translator-url", servers.libreTranslate().toString());
      assertThat(lt.out()).isEqualTo("CA: HELLO.\n");
    }
    Cli.Result down = Cli.runWithInput("Hello.\n", "translate", "--to", "es", "--translator", "apy",
        "--translator-url", "http://127.0.0.1:9");
    assertThat(down.exitCode()).isEqualTo(1);
    assertThat(down.err()).contains("unreachable").hasLineCount(1);
  }

  @Test
  void detectPrintsLanguageAndConfidence() throws IOException {
    Cli.Result r = Cli.run("detect", Cli.seedArticle().toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("eng\t").contains("English");
    Cli.Result json = Cli.runWithInput("Els partits van discutir la situació política actual del país "
        + "i les perspectives de cooperació.", "detect", "-f", "json");
    JsonNode root = MAPPER.readTree(json.out());
    assertThat(root.path("language").asText()).isEqualTo("cat");
    assertThat(root.path("confidence").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void languagesListsPairsAndInstallCommands() {
    assumeApertium();
    Cli.Result r = Cli.run("languages", "--translator", "apertium");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("eng-spa", "English → Spanish");
    Cli.Result apy = Cli.run("languages", "--translator", "apy", "--translator-url", "http://127.0.0.1:9");
    assertThat(apy.out()).contains("not available").contains("unreachable");
  }

  @Test
  void evalTranslateReproducesTheStoredApertiumFigures() throws IOException {
    Assumptions.assumeTrue(Files.exists(MT.resolve("ntrex128-head96.eng")), "no ../shared/data/mt");
    Cli.Result r = Cli.run("eval", "translate", "--src", MT.resolve("ntrex128-head96.eng").toString(),
        "--ref", MT.resolve("ntrex128-head96.spa").toString(), "--to", "es",
        "--hyp", MT.resolve("ntrex128-head96.apertium-eng-spa.spa").toString(), "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode precis = MAPPER.readTree(r.out()).path("precis");
    assertThat(precis.path("chrf2").asDouble()).isEqualTo(49.09);
    assertThat(precis.path("bleu").asDouble()).isEqualTo(16.61);
  }
}
