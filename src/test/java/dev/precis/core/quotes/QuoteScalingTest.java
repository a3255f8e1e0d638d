package dev.precis.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Document;
import dev.precis.core.Session;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Shapes that made quote extraction quadratic (issue 14, item 4). The inputs are large enough
 * that a quadratic algorithm cannot finish within the generous limit (40,000 unmatched marks
 * took over 90 s before; a linear pass takes a few seconds), while no assertion depends on
 * how fast this machine is otherwise. bin/bench-scaling times the same shapes at 1x, 4x, 16x.
 */
class QuoteScalingTest {
  private static final Session SESSION = new Session();

  private static int extract(String text) {
    Document doc = SESSION.splitter("precis").apply(Document.of(text));
    return SESSION.quoteExtractor("rules").extract(doc).size();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void fortyThousandUnmatchedOpeningMarksInOneParagraph() {
    String text = "“word said Smith. ".repeat(40_000);
    assertThat(extract(text)).isGreaterThanOrEqualTo(0); // it ends: the limit is the test
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void tenThousandAttributedQuoteParagraphs() {
    String text = "“The plan is working and we will keep going,” said John Smith.\n\n"
        .repeat(10_000);
    assertThat(extract(text)).isEqualTo(10_000);
  }
}
