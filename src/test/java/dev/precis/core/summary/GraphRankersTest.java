package dev.precis.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Document;
import dev.precis.core.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * LexRank, TextRank and SumBasic rank an ordinary article exactly as the complete-matrix
 * algorithms they replaced did, and a text of tens of thousands of sentences in bounded time
 * and memory (the complete matrices needed n² doubles: 80,000 sentences ran out of a 6 GB heap).
 */
class GraphRankersTest {
  private final Session session = new Session();

  @Test
  void rankAsTheCompleteMatrixDidOnArticlesUnderTheCaps() throws IOException {
    Random random = new Random(7);
    String example = Files.readString(Path.of("examples", "kazakhstan-eu-call.txt"));
    String[] words = example.split("\\s+");
    for (int round = 0; round < 40; round++) {
      // the example article, then shuffles of its words into 1-110 sentences
      String text = round == 0 ? example : shuffledSentences(words, 1 + random.nextInt(110), random);
      Article article = article(text);
      TermStatistics stats = new TermStatistics(article);
      assertThat(new LexRankRanker().rank(article).scores()).as(text)
          .isEqualTo(completePageRank(stats, true));
      assertThat(new TextRankRanker().rank(article).scores()).as(text)
          .isEqualTo(completePageRank(stats, false));
      assertThat(new SumBasicRanker().rank(article).scores()).as(text)
          .isEqualTo(scanningSumBasic(article, stats));
      assertThat(new LexRankRanker().rank(article).notes()).isEmpty();
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void eightyThousandSentencesWithoutTermsRankInBoundedMemory() {
    Article article = article("A.\n\n".repeat(80_000));
    assertThat(article.size()).isEqualTo(80_000);
    for (Ranker ranker : new Ranker[] {new LexRankRanker(), new TextRankRanker(), new SumBasicRanker()}) {
      double[] scores = ranker.rank(article).scores();
      assertThat(scores).hasSize(80_000).doesNotContain(Double.NaN);
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void twentyThousandSentencesSharingTermsRankWithTheCapsNoted() {
    Random random = new Random(3);
    String[] vocabulary = new String[3_000];
    for (int v = 0; v < vocabulary.length; v++) {
      vocabulary[v] = "w" + Integer.toString(v * 7919 + 100_000, 36);
    }
    StringBuilder text = new StringBuilder("Zqxa zqxb zqxc zqxd.\n\n");
    for (int s = 1; s < 20_000; s++) {
      for (int w = 0; w < 8; w++) {
        // a few very common terms, many rare ones
        int v = random.nextBoolean() ? random.nextInt(20) : random.nextInt(vocabulary.length);
        text.append(w == 0 ? "W" + vocabulary[v].substring(1) : " " + vocabulary[v]);
      }
      text.append(".\n\n");
    }
    Article article = article(text.toString());
    assertThat(article.size()).isEqualTo(20_000);
    for (Ranker ranker : new Ranker[] {new LexRankRanker(), new TextRankRanker()}) {
      Ranker.Ranking ranking = ranker.rank(article);
      assertThat(ranking.notes()).as(ranker.name()).hasSize(2);
      double[] scores = ranking.scores();
      // the sentence of unique words is joined to nothing: it scores least
      assertThat(scores[0]).isEqualTo(Arrays.stream(scores).min().orElseThrow());
      assertThat(Arrays.stream(scores).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
    }
    // SumBasic takes first the sentence whose terms are most probable
    double[] sumBasic = new SumBasicRanker().rank(article).scores();
    TermStatistics stats = new TermStatistics(article);
    int mostProbable = 0;
    double best = -1;
    for (int k = 0; k < article.size(); k++) {
      double mean = Arrays.stream(article.terms(k)).mapToDouble(t -> stats.frequency[t]).average()
          .orElse(0);
      if (mean > best) {
        best = mean;
        mostProbable = k;
      }
    }
    assertThat(sumBasic[mostProbable]).isEqualTo(1.0);
  }

  private Article article(String text) {
    Document document = session.splitter("precis").apply(Document.of(text));
    return Article.of(document, null, null, session.textAnalyzer());
  }

  private static String shuffledSentences(String[] words, int sentences, Random random) {
    StringBuilder text = new StringBuilder();
    for (int s = 0; s < sentences; s++) {
      int length = 1 + random.nextInt(25);
      for (int w = 0; w < length; w++) {
        String word = words[random.nextInt(words.length)].replaceAll("[.!?]", "");
        text.append(w == 0 ? "" : " ").append(word.isEmpty() ? "x" : word);
      }
      text.append(".\n\n");
    }
    return text.toString();
  }

  /** The complete-matrix PageRank the sparse graph replaced, kept as its oracle. */
  private static double[] completePageRank(TermStatistics stats, boolean cosine) {
    int n = stats.sentences;
    double[][] weights = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double lengths = Math.log(stats.distinct[i].length + 1) + Math.log(stats.distinct[j].length + 1);
        double w = cosine ? stats.cosine(i, j) : lengths == 0 ? 0 : stats.overlap(i, j) / lengths;
        weights[i][j] = w;
        weights[j][i] = w;
      }
    }
    double[] outSum = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        outSum[i] += weights[i][j];
      }
    }
    double[] rank = new double[n];
    Arrays.fill(rank, 1.0 / Math.max(n, 1));
    for (int iteration = 0; iteration < 100; iteration++) {
      double[] next = new double[n];
      double dangling = 0;
      for (int i = 0; i < n; i++) {
        if (outSum[i] == 0) {
          dangling += rank[i];
        }
      }
      double change = 0;
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          if (weights[i][j] != 0) {
            sum += rank[i] * weights[i][j] / outSum[i];
          }
        }
        next[j] = (1 - 0.85) / n + 0.85 * (sum + dangling / n);
        change += Math.abs(next[j] - rank[j]);
      }
      rank = next;
      if (change < 1e-6) {
        break;
      }
    }
    return rank;
  }

  /** SumBasic scanning every sentence every round, as it did before the queue. */
  private static double[] scanningSumBasic(Article article, TermStatistics stats) {
    int n = article.size();
    double[] probability = new double[stats.frequency.length];
    for (int t = 0; t < probability.length; t++) {
      probability[t] = stats.totalTerms == 0 ? 0 : (double) stats.frequency[t] / stats.totalTerms;
    }
    double[] scores = new double[n];
    boolean[] taken = new boolean[n];
    for (int round = 0; round < n; round++) {
      int best = -1;
      double bestMean = -1;
      for (int k = 0; k < n; k++) {
        int[] terms = article.terms(k);
        double sum = 0;
        for (int t : terms) {
          sum += probability[t];
        }
        double mean = terms.length == 0 ? 0 : sum / terms.length;
        if (!taken[k] && mean > bestMean) {
          bestMean = mean;
          best = k;
        }
      }
      taken[best] = true;
      scores[best] = 1.0 - (double) round / n;
      for (int t : stats.distinct[best]) {
        probability[t] = probability[t] * probability[t];
      }
    }
    return scores;
  }
}
