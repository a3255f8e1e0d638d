package dev.precis.core.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.core.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kept-open Apertium pipeline against the {@code apertium} script it stands in for. */
class ApertiumPipelineTest {
  private static final Path SEED = Path.of("examples", "kazakhstan-eu-call.txt");

  @Test
  void readsAModeLineAsArgumentVectors() {
    String line = "lt-proc '/usr/share/a b/x.bin' | apertium-tagger -g $2 '/p/x.prob' | lt-proc $1 \"/p/gen.bin\"";
    assertThat(ApertiumPipeline.commands(line, "-n")).containsExactly(
        List.of("lt-proc", "/usr/share/a b/x.bin"),
        List.of("apertium-tagger", "-g", "/p/x.prob"),
        List.of("lt-proc", "-n", "/p/gen.bin"));
  }

  @Test
  void refusesWhatOnlyAShellWouldUnderstand() {
    assertThat(ApertiumPipeline.commands("lt-proc x.bin > out", "-n")).isNull();
    assertThat(ApertiumPipeline.commands("lt-proc $(pwd)/x.bin", "-n")).isNull();
    assertThat(ApertiumPipeline.commands("a | | b", "-n")).isNull();
    assertThat(ApertiumPipeline.commands("lt-proc 'x.bin", "-n")).isNull();
    assertThat(ApertiumPipeline.commands("a; rm -rf x", "-n")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"eng-spa", "eng-cat", "en-gl"})
  void translatesExactlyAsTheApertiumScript(String pair) throws IOException {
    Path apertium = installed(pair);
    String other = "Voters will vote Sunday on whether to change their country's name.\n\n"
        + "Mr Trump said the Navy was “unfortunate”, at 9 a.m. [sic] ^$@ on www.example.org.\n";
    for (String text : List.of(Files.readString(SEED), other)) {
      ApertiumPipeline pipeline = ApertiumPipeline.start(apertium, pair, false);
      assertThat(pipeline).isNotNull();
      assertThat(translate(pipeline, pair, text)).isEqualTo(script(apertium, pair, text));
      assertThat(pipeline.isAlive()).isFalse();
    }
  }

  @Test
  void aPipelineThatDiesIsReportedNotWaitedFor() {
    Path apertium = installed("eng-spa");
    ApertiumPipeline pipeline = ApertiumPipeline.start(apertium, "eng-spa", false);
    assertThat(pipeline).isNotNull();
    pipeline.close();
    assertThatThrownBy(() -> translate(pipeline, "eng-spa", "Hello world.\n"))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("apertium eng-spa");
  }

  @Test
  void theKeptOpenAnalyserAnswersBatchAfterBatchAsAOneOffRun() {
    Path apertium = installed("eng-spa");
    Path ltProc = apertium.resolveSibling("lt-proc");
    Path automorf = Path.of("/usr/share/apertium/apertium-eng-spa/eng-spa.automorf.bin");
    Assumptions.assumeTrue(Files.isRegularFile(automorf), "eng-spa analyser not at its Debian path");
    List<List<String>> batches = List.of(List.of("Trump", "Boots", "Hudson"),
        List.of("London", "May", "Sainsbury's", "AM"), List.of("Trump", "One"));
    try (ApertiumAnalyser analyser = new ApertiumAnalyser(ltProc, automorf)) {
      for (List<String> words : batches) {
        Subprocess.Result oneOff = Subprocess.run(List.of(ltProc.toString(), "-w", automorf.toString()),
            String.join("\n", words) + "\n", 30);
        assertThat(String.join("\n", analyser.analyse(words)) + "\n").isEqualTo(oneOff.stdout());
      }
    }
  }

  private static String translate(ApertiumPipeline pipeline, String pair, String text) {
    List<String> lines = new ArrayList<>();
    pipeline.translate(pair, text, 60, lines::add);
    return String.join("\n", lines) + "\n";
  }

  private static String script(Path apertium, String pair, String text) {
    Subprocess.Result r = Subprocess.run(List.of(apertium.toString(), "-u", "-f", "txt", pair), text, 60);
    assertThat(r.exitCode()).isZero();
    return r.stdout();
  }

  private static Path installed(String pair) {
    ApertiumTranslator translator = ApertiumTranslator.onPath();
    try {
      translator.checkAvailable();
    } catch (InputException e) {
      Assumptions.abort("apertium not installed (.ci/install-apertium.sh)");
    }
    Assumptions.assumeTrue(translator.pairs().stream().anyMatch(p -> p.id().equals(pair)),
        "apertium pair " + pair + " not installed");
    return translator.binary();
  }
}
