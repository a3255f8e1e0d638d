package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The dev-slice figures the closing note reports; skipped where ../shared is absent. */
class EvalQuotesCommandTest {
  private static final Path DATA = Path.of("..", "shared", "data", "quotes");

  private static JsonNode run() throws Exception {
    Path ggt = DATA.resolve("ggt-dev.jsonl");
    Path polnear = DATA.resolve("polnear-dev.jsonl");
    Assumptions.assumeTrue(Files.exists(ggt) && Files.exists(polnear), "no shared quote data");
    Cli.Result r = Cli.run("eval", "quotes", "--json", "--seconds", "0", ggt.toString(),
        polnear.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  private static double f1(JsonNode file, String group, String what) {
    return file.get(group).get(what).get("f1").asDouble();
  }

  @Test
  void devSlicesBeatCoreNlpTargets() throws Exception {
    JsonNode files = run().get("files");
    JsonNode ggt = files.get(0);
    JsonNode polnear = files.get(1);
    assertThat(f1(ggt, "direct+partial", "span")).isGreaterThanOrEqualTo(88.5);
    assertThat(f1(polnear, "direct+partial", "span")).isGreaterThanOrEqualTo(55.7);
    assertThat(f1(ggt, "direct+partial", "attribution")).isGreaterThanOrEqualTo(57.8);
    assertThat(f1(polnear, "direct+partial", "attribution")).isGreaterThanOrEqualTo(54.9);
    assertThat(f1(ggt, "indirect", "span")).isGreaterThanOrEqualTo(50);
    assertThat(f1(polnear, "indirect", "span")).isGreaterThanOrEqualTo(35);
  }

  @Test
  void textTableHasEveryGroup() {
    Path ggt = DATA.resolve("ggt-dev.jsonl");
    Assumptions.assumeTrue(Files.exists(ggt), "no shared quote data");
    Cli.Result r = Cli.run("eval", "quotes", "--seconds", "0", ggt.toString());
    assertThat(r.out()).contains("direct+partial", "indirect", "all", "attribution P / R / F1");
  }
}
