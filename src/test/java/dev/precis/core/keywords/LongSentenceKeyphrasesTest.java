package dev.precis.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Document;
import dev.precis.core.Session;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One sentence of 80,000 words took 146 s, the POS tagger's beam growing with the sentence. */
class LongSentenceKeyphrasesTest {
  private final Session session = new Session();

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void aSentenceOfEightyThousandWordsIsTaggedInPieces() {
    String clause = "the harbour council approved a new budget for the ferry pier and ";
    int words = clause.split(" ").length;
    String text = "The" + (" " + clause).repeat(80_000 / words) + "the town waited.";
    Document document = session.splitter("precis").apply(Document.of(text));
    assertThat(document.sentences()).hasSize(1);
    List<KeyphraseExtractor.Keyphrase> phrases = session.keyphrases().extract(document, 5);
    assertThat(phrases).extracting(KeyphraseExtractor.Keyphrase::phrase)
        .anyMatch(p -> p.contains("council") || p.contains("budget") || p.contains("pier"));
  }
}
