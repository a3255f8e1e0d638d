package dev.precis.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.eval.ExtractEvaluation.PageScore;
import dev.precis.eval.ExtractEvaluation.Summary;
import dev.precis.eval.ExtractEvaluation;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Guards the extractor's quality on the shared dev slice of the Article Extraction Benchmark,
 * read by path (the pages may not be copied into the project); skipped where it is absent.
 */
class BenchmarkDevTest {
  private static final Path DEV = Path.of("..", "shared", "data", "html", "aeb-dev.jsonl");

  @Test
  void meanF1OnTheDevSliceStaysAboveNinety() throws IOException {
    Assumptions.assumeTrue(Files.exists(DEV), "shared data absent");
    ObjectMapper json = new ObjectMapper();
    ArticleExtractor extractor = ArticleExtractor.named("precis");
    List<PageScore> pages = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(DEV, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode page = json.readTree(line);
        pages.add(ExtractEvaluation.score(page.get("article_body").asText(),
            extractor.extract(page.get("html").asText()).body()));
      }
    }
    Summary summary = ExtractEvaluation.summarise(pages);
    assertThat(summary.pages()).isEqualTo(40);
    assertThat(summary.f1()).isGreaterThanOrEqualTo(0.90);
    assertThat(summary.recall()).isGreaterThanOrEqualTo(0.90);
  }
}
