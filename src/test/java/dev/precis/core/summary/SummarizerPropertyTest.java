package dev.precis.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Document;
import dev.precis.core.Session;
import dev.precis.core.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random articles: every ranker, every length unit, the invariants hold. */
class SummarizerPropertyTest {
  private static final String[] WORDS = {"council", "budget", "river", "flood", "minister",
      "said", "the", "a", "of", "and", "election", "police", "report", "2024", "trade", "talks",
      "“quote”", "(cnn)", "--", "city", "rain", "school", "é", "über", "42%", "i", "we"};
  private final Session session = new Session();

  @Test
  void invariantsHoldOnRandomArticles() {
    Random random = new Random(20240101);
    for (int round = 0; round < 60; round++) {
      String text = randomArticle(random);
      Document document = session.sentenceClassifier()
          .apply(session.splitter("precis").apply(Document.of(text)));
      Span title = Titles.detect(document);
      Article article = Article.of(document, title, title == null ? null : document.text(title),
          session.textAnalyzer());
      for (String method : Session.rankerNames()) {
        Ranker ranker = session.ranker(method);
        LengthLimit limit = switch (round % 3) {
          case 0 -> LengthLimit.sentences(random.nextInt(6));
          case 1 -> LengthLimit.words(random.nextInt(80));
          default -> LengthLimit.ratio(random.nextDouble());
        };
        double diversity = random.nextInt(3) * 0.5;
        SummaryOptions options = new SummaryOptions(limit, diversity, SummaryOptions.Order.ORIGINAL);
        Summary summary = Summarizer.summarize(article, ranker, options);
        Summary again = Summarizer.summarize(article, ranker, options);
        assertThat(again.chosen()).isEqualTo(summary.chosen());
        assertThat(summary.ranking().scores()).hasSize(article.size()).doesNotContain(Double.NaN);
        List<Integer> chosen = summary.chosen();
        assertThat(chosen).doesNotHaveDuplicates().isSorted();
        assertThat(chosen.size()).isLessThanOrEqualTo(limit.maxSentences(article.size()));
        int words = 0;
        for (int k : chosen) {
          words += article.words(k);
          assertThat(article.words(k)).isGreaterThanOrEqualTo(SummaryOptions.DEFAULT_MIN_WORDS);
          assertThat(article.kind(k).isStory()).isTrue();
          Span s = document.sentences().get(article.sentenceIndex(k));
          assertThat(title == null || !title.contains(s)).isTrue();
        }
        assertThat(words).isLessThanOrEqualTo(limit.maxWords());
        assertThat(new HashSet<>(List.of(summary.ranks().length == 0 ? new int[0] : summary.ranks())))
            .isNotNull();
        assertRanksArePermutation(summary.ranks());
      }
    }
  }

  private static void assertRanksArePermutation(int[] ranks) {
    boolean[] seen = new boolean[ranks.length + 1];
    for (int r : ranks) {
      assertThat(r).isBetween(1, ranks.length);
      assertThat(seen[r]).isFalse();
      seen[r] = true;
    }
  }

  private static String randomArticle(Random random) {
    StringBuilder out = new StringBuilder();
    if (random.nextBoolean()) {
      out.append("Council ").append(WORDS[random.nextInt(WORDS.length)]).append(" news\n\n");
    }
    int paragraphs = random.nextInt(5);
    for (int p = 0; p < paragraphs; p++) {
      int sentences = 1 + random.nextInt(6);
      List<String> parts = new ArrayList<>();
      for (int s = 0; s < sentences; s++) {
        StringBuilder sentence = new StringBuilder("Officials");
        int words = random.nextInt(30);
        for (int w = 0; w < words; w++) {
          sentence.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        sentence.append(random.nextInt(5) == 0 ? "?" : ".");
        parts.add(sentence.toString());
      }
      out.append(String.join(" ", parts)).append("\n\n");
    }
    return out.toString();
  }
}
