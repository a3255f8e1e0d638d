package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.core.translate.DebianPackages;
import dev.precis.format.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that is not English gets one note on standard error and a JSON field, not silence. */
class NonEnglishInputTest {
  // Invented news text, written for this test.
  private static final String ITALIAN = """
      Il consiglio comunale di Porto Venere ha approvato martedì il progetto per ricostruire il \
      vecchio molo dei traghetti, danneggiato dalle tempeste dello scorso inverno. "Lo dobbiamo \
      alle prossime generazioni", ha detto la sindaca ai giornalisti dopo il voto.

      I lavori dovrebbero durare diciotto mesi e costeranno circa quattro milioni di euro, \
      secondo le stime degli ingegneri. I pescatori e i commercianti della zona hanno accolto \
      la notizia con sollievo, perché senza il molo la città si sentiva isolata dal resto della \
      costa.
      """;
  private static final String INDONESIAN = """
      Pemerintah kota Surabaya mengumumkan pada hari Selasa bahwa pembangunan kembali dermaga \
      feri yang rusak akibat badai musim lalu akan dimulai bulan depan. "Kami berutang kepada \
      generasi berikutnya untuk menjaga pelabuhan ini tetap terbuka," kata wali kota kepada \
      wartawan setelah rapat dewan.

      Pekerjaan itu diperkirakan memakan waktu delapan belas bulan dan menelan biaya sekitar \
      empat puluh miliar rupiah, menurut perkiraan para insinyur. Para nelayan dan pedagang di \
      sekitar pelabuhan menyambut kabar tersebut dengan lega.
      """;

  @TempDir static Path dir;
  static Path italian;
  static Path indonesian;

  @BeforeAll
  static void writeArticles() throws IOException {
    italian = Files.writeString(dir.resolve("molo.txt"), ITALIAN);
    indonesian = Files.writeString(dir.resolve("dermaga.txt"), INDONESIAN);
  }

  @Test
  void englishRuleCommandsSayTheInputIsNotEnglish() {
    for (String command : List.of("split", "summarize", "quotes", "keywords")) {
      Cli.Result r = Cli.run(command, italian.toString());
      assertThat(r.exitCode()).as(command).isZero();
      assertThat(r.out()).as(command).isNotEmpty();
      assertThat(r.err()).as(command).isEqualTo("precis: " + italian + ": looks like Italian "
          + "(ita), not English: " + command + " uses English rules, so results may be poor "
          + "(--quiet silences this)\n");
    }
    assertThat(Cli.run("split", indonesian.toString()).err())
        .contains("looks like Indonesian (ind), not English").hasLineCount(1);
  }

  @Test
  void quietSilencesTheNoteAndJsonCarriesIt() throws Exception {
    assertThat(Cli.run("split", "--quiet", italian.toString()).err()).isEmpty();
    Cli.Result r = Cli.run("split", "--quiet", "-f", "json", italian.toString());
    JsonNode warning = Json.mapper().readTree(r.out()).get("language_warning");
    assertThat(warning.get("language").asText()).isEqualTo("ita");
    assertThat(warning.get("language_name").asText()).isEqualTo("Italian");
    assertThat(warning.get("message").asText()).contains("results may be poor");
  }

  @Test
  void englishInputAndLanguageAwareCommandsGetNoNote() throws Exception {
    Cli.Result english = Cli.run("split", "-f", "json", Cli.seedArticle().toString());
    assertThat(english.err()).isEmpty();
    assertThat(Json.mapper().readTree(english.out()).has("language_warning")).isFalse();
    Cli.Result detect = Cli.run("detect", italian.toString());
    assertThat(detect.err()).isEmpty();
    assertThat(detect.out()).startsWith("ita\t");
  }

  @Test
  void installHintsNameOnlyPackagesDebianHas() {
    assertThat(DebianPackages.installHint("ita", "eng"))
        .doesNotContain("apertium-ita-eng").contains("no Apertium pair between ita and eng");
    assertThat(DebianPackages.installHint("spa", "eng")).contains("apt-get install apertium-eng-spa");
    assertThat(DebianPackages.installHint("eus", "eng")).contains("apt-get install apertium-eu-en");
  }

  @Test
  void everyPackageInTheListExistsInApt() throws Exception {
    Process probe;
    try {
      probe = new ProcessBuilder("apt-cache", "policy", "apertium-eng-spa", "apertium-eu-en",
          "apertium-ita-eng", "apertium-spa-ita", "apertium-id-ms").redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("no apt-cache here");
      return;
    }
    String out = new String(probe.getInputStream().readAllBytes());
    probe.waitFor();
    Matcher known = Pattern.compile("(?m)^(apertium-\\S+):\\n\\s+Installed: .*\\n\\s+Candidate: (\\S+)")
        .matcher(out);
    List<String> found = known.results().filter(m -> !m.group(2).equals("(none)"))
        .map(m -> m.group(1)).toList();
    Assumptions.assumeTrue(found.contains("apertium-eng-spa"), "apt lists no Apertium packages");
    assertThat(found).contains("apertium-eu-en", "apertium-spa-ita", "apertium-id-ms")
        .doesNotContain("apertium-ita-eng");
    for (String p : found) {
      assertThat(DebianPackages.pairPackage(p.split("-")[1], p.split("-")[2])).isPresent();
    }
  }
}
