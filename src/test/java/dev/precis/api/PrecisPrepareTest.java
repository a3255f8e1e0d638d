package dev.precis.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Document;
import dev.precis.core.kinds.SentenceKind;
import dev.precis.core.summary.Article;
import dev.precis.core.summary.Ranker;
import dev.precis.core.summary.Summarizer;
import dev.precis.core.summary.SummaryOptions;
import dev.precis.html.InputKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Precis#prepare}, which {@code eval} uses to score every method on one preparation,
 * gives the article {@link Precis#summarize} summarizes (on records of the shared dev slice).
 */
class PrecisPrepareTest {
  private static final Path DEV = Path.of("..", "shared", "data", "summ", "cnndm-see-dev.jsonl");
  private static Precis precis;

  @BeforeAll
  static void open() {
    precis = Precis.create();
  }

  @AfterAll
  static void close() {
    precis.close();
  }

  /** The first records of the dev slice, without their given sentences (so precis splits). */
  private static List<ArticleInput> records(int n) throws IOException {
    Assumptions.assumeTrue(Files.exists(DEV), "shared summarization data absent");
    ObjectMapper mapper = new ObjectMapper();
    List<ArticleInput> inputs = new ArrayList<>();
    for (String line : Files.readAllLines(DEV).subList(0, n)) {
      ObjectNode fields = (ObjectNode) mapper.readTree(line);
      fields.remove("sentences");
      inputs.add(new ArticleInput(fields.path("id").asText(), fields.get("text").asText(), fields,
          false, InputKind.TEXT));
    }
    return inputs;
  }

  @Test
  void preparedArticleSummarizesAsSummarizeDoes() throws IOException {
    SummarizeOptions options = SummarizeOptions.builder().method("textrank").sentences(3).build();
    Ranker ranker = precis.session().ranker("textrank");
    for (ArticleInput input : records(20)) {
      Article article = precis.prepare(input, options, true);
      List<Integer> chosen = Summarizer.summarize(article, ranker, new SummaryOptions(
          options.length(), ranker.defaultDiversity(), options.order(), options.minWords(), true))
          .chosen();
      assertThat(chosen).as(input.source())
          .isEqualTo(precis.summarize(input, options).summary().chosen());
    }
  }

  @Test
  void withoutKindsNoSentenceIsClassified() throws IOException {
    int marked = 0;
    for (ArticleInput input : records(20)) {
      Article plain = precis.prepare(input, SummarizeOptions.defaults(), false);
      assertThat(plain.document().hasKinds()).isFalse();
      Document classified = precis.prepare(input, SummarizeOptions.defaults(), true).document();
      assertThat(classified.hasKinds()).isTrue();
      assertThat(classified.sentences()).hasSameSizeAs(plain.document().sentences());
      for (int i = 0; i < classified.sentences().size(); i++) {
        marked += classified.kind(i) == SentenceKind.SENTENCE ? 0 : 1;
      }
    }
    // The classifier does mark something on real news pages (bylines, captions, furniture).
    assertThat(marked).isPositive();
  }
}
