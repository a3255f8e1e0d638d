package dev.precis.core.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Document;
import dev.precis.core.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pieces of real news pages (issue 12) and the kinds they must get. */
class RuleSentenceClassifierTest {
  private final Session session = new Session();

  private List<SentenceKind> kinds(String text) {
    Document document = session.sentenceClassifier()
        .apply(session.splitter("precis").apply(Document.of(text)));
    return java.util.stream.IntStream.range(0, document.sentences().size())
        .mapToObj(document::kind).toList();
  }

  private static SentenceKind alone(String paragraph) {
    return RuleSentenceClassifier.kind(paragraph, true, true);
  }

  @Test
  void bylinesBiosAndCredits() {
    assertThat(alone("By Phil Helsel")).isEqualTo(SentenceKind.BYLINE);
    assertThat(alone("By PHIL HELSEL and JANE DOE")).isEqualTo(SentenceKind.BYLINE);
    assertThat(alone("Phil Helsel is a reporter for NBC News.")).isEqualTo(SentenceKind.BYLINE);
    assertThat(alone("Contributing: Kristine Phillips")).isEqualTo(SentenceKind.BYLINE);
    assertThat(alone("With Post wires")).isEqualTo(SentenceKind.BYLINE);
    assertThat(alone("Main image credit: Getty")).isEqualTo(SentenceKind.CAPTION);
    assertThat(alone("A protester outside the court on Monday. (Photo: John Locher/AP)"))
        .isEqualTo(SentenceKind.CAPTION);
  }

  @Test
  void furnitureHeadingsDatelinesNumbersUrls() {
    assertThat(alone("Advert")).isEqualTo(SentenceKind.FURNITURE);
    assertThat(alone("Leggi anche")).isEqualTo(SentenceKind.FURNITURE);
    assertThat(alone("Read more: Utah judge strikes down ban")).isEqualTo(SentenceKind.FURNITURE);
    assertThat(alone("SCORES QUARANTINED")).isEqualTo(SentenceKind.HEADING);
    assertThat(alone("Pre-Workout Meal")).isEqualTo(SentenceKind.HEADING);
    assertThat(alone("BAAR, SWITZERLAND")).isEqualTo(SentenceKind.DATELINE);
    assertThat(alone("-5.44%")).isEqualTo(SentenceKind.NUMBER);
    assertThat(alone("6")).isEqualTo(SentenceKind.NUMBER);
    assertThat(alone("https://www.nbcnews.com/news/us-news")).isEqualTo(SentenceKind.URL);
    assertThat(alone("@TheParadigmNG")).isEqualTo(SentenceKind.URL);
    assertThat(alone("•")).isEqualTo(SentenceKind.LIST_MARKER);
  }

  @Test
  void storySentencesStaySentences() {
    assertThat(alone("By Friday, the troops had left the city.")).isEqualTo(SentenceKind.SENTENCE);
    assertThat(alone("City settles.")).isEqualTo(SentenceKind.SENTENCE);
    assertThat(alone("With Obama in town, the police closed the bridge on Monday."))
        .isEqualTo(SentenceKind.SENTENCE);
    // Korean has no capitals: "SNS" in it does not make it a heading.
    assertThat(alone("타인의 동의를 구하지 않고 두 사람의 관계를 담은 사진을 SNS에 공개했다."))
        .isEqualTo(SentenceKind.SENTENCE);
    // Lower-case, pre-tokenised text: no heading or fragment by case or punctuation.
    assertThat(RuleSentenceClassifier.kind("it 's an airplane , film producers said", true, false))
        .isEqualTo(SentenceKind.SENTENCE);
  }

  @Test
  void fragmentsWithoutVerbOrEnd() {
    assertThat(alone("Forever, Nile & CHIC.")).isEqualTo(SentenceKind.FRAGMENT);
    assertThat(RuleSentenceClassifier.kind("Here's why:", false, true))
        .isEqualTo(SentenceKind.FRAGMENT);
  }

  @Test
  void everyPieceIsKeptAndKindsAlignWithSentences() {
    String page = "Utah ruling stands\n\nBy Phil Helsel\n\nA federal judge struck down the ban on "
        + "Friday. He said it violated the constitution.\n\nAdvertisement\n\nPhil Helsel is a "
        + "reporter for NBC News.";
    assertThat(kinds(page)).containsExactly(SentenceKind.HEADING, SentenceKind.BYLINE,
        SentenceKind.SENTENCE, SentenceKind.SENTENCE, SentenceKind.FURNITURE, SentenceKind.BYLINE);
  }
}
