package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Session;
import dev.precis.core.summary.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankerTrainingTest {
  private final Session session = new Session();

  @Test
  void oraclePicksTheSentencesThatMatchTheReference() {
    SummaryCase c = new SummaryCase("x", "The mayor opened a bridge. Rain fell all day. "
        + "The new bridge links two towns. Children played outside.",
        null, null, "the mayor opened a bridge\nthe new bridge links two towns", null);
    Article article = c.article(session);
    assertThat(RankerTraining.oracle(article, c.summary(), new Rouge())).containsExactly(0, 2);
  }

  @Test
  void humanLabelsFollowExtractIds() {
    SummaryCase c = new SummaryCase("y", "One thing happened. Another thing happened. A third.",
        null, null, "unrelated words", List.of(2));
    Article article = c.article(session);
    assertThat(RankerTraining.labels(c, article, new Rouge(), RankerTraining.Labels.HUMAN))
        .containsExactly(1);
  }
}
