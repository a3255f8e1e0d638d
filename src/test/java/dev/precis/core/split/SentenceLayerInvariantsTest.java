package dev.precis.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Chars;
import dev.precis.core.Document;
import dev.precis.core.Session;
import dev.precis.core.Span;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties every splitter must keep on any input: sentence spans are in bounds, ordered,
 * trimmed, inside one paragraph, and together hold every non-space char exactly once.
 */
class SentenceLayerInvariantsTest {
  private static final String ALPHABET = "aZ9 .?!…\"“”'’()[]«»\n\r\t\u00a0\u2029-•,:;@/Mr.U.S.";

  static List<String> splitters() {
    return Session.splitterNames();
  }

  @ParameterizedTest
  @MethodSource("splitters")
  void holdOnTheSeedArticle(String splitter) {
    assertInvariants(splitter, Splitters.seedArticle());
  }

  @ParameterizedTest
  @MethodSource("splitters")
  void holdOnRandomText(String splitter) {
    Random random = new Random(20261201L);
    for (int round = 0; round < 400; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(120);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(40) == 0) {
          text.appendCodePoint(0x1F600 + random.nextInt(50)); // emoji: surrogate pairs
        } else if (random.nextInt(60) == 0) {
          text.append((char) random.nextInt(0xD7FF)); // anything in the BMP
        } else {
          text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
      assertInvariants(splitter, text.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("splitters")
  void holdOnPathologicalText(String splitter) {
    // Guards against quadratic blow-ups: each input must finish, not just be correct.
    // OpenNLP's own detector (the baseline) is quadratic in a paragraph's length on some of
    // these, so it gets inputs a tenth the size; precis's splitters get 1 MB paragraphs.
    int n = splitter.equals(OpenNlpSentenceSplitter.NAME) ? 10_000 : 100_000;
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      assertInvariants(splitter, "word ".repeat(2 * n));
      assertInvariants(splitter, "a.".repeat(n));
      assertInvariants(splitter, "\"".repeat(n / 2) + "“”".repeat(n / 2));
      assertInvariants(splitter, ". ".repeat(n));
      assertInvariants(splitter, "x@y.".repeat(n / 2));
      assertInvariants(splitter, "1. a 2. b ".repeat(n / 5));
      assertInvariants(splitter, "it was. we went. ".repeat(n / 10));
      assertInvariants(splitter, "\r\n".repeat(n / 10) + "End.");
      // Many paragraphs: work per paragraph must not depend on the rest of the document.
      assertInvariants(splitter, "A short one. See https://x.org/a.\n\n".repeat(n / 5));
    });
  }

  static void assertInvariants(String splitter, String text) {
    Document doc = Splitters.SESSION.splitter(splitter).apply(Document.of(text));
    int previousEnd = 0;
    int paragraph = 0;
    StringBuilder covered = new StringBuilder();
    for (Span s : doc.sentences()) {
      assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
      assertThat(Chars.isSpace(text.charAt(s.start()))).isFalse();
      assertThat(Chars.isSpace(text.charAt(s.end() - 1))).isFalse();
      while (paragraph < doc.paragraphs().size() && doc.paragraphs().get(paragraph).end() < s.end()) {
        paragraph++;
      }
      assertThat(paragraph).as("sentence %s past the last paragraph", s)
          .isLessThan(doc.paragraphs().size());
      assertThat(doc.paragraphs().get(paragraph).contains(s)).as("%s inside one paragraph", s).isTrue();
      covered.append(doc.text(s));
      previousEnd = s.end();
    }
    assertThat(nonSpace(covered.toString())).isEqualTo(nonSpace(text));
  }

  private static String nonSpace(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().filter(c -> !Chars.isSpace(c)).forEach(c -> out.append((char) c));
    return out.toString();
  }

  @Test
  void paragraphsSplitAtBlankLinesWithAnyLineEnd() {
    String text = "One.\r\n\r\nTwo\rstill two.\r \rThree.\u2029Four.\n \t\nFive.";
    List<String> paragraphs = Document.of(text).paragraphs().stream().map(p -> p.slice(text)).toList();
    assertThat(paragraphs).containsExactly("One.", "Two\rstill two.", "Three.", "Four.", "Five.");
  }
}
