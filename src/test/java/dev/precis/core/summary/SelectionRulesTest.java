package dev.precis.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Document;
import dev.precis.core.Session;
import org.junit.jupiter.api.Test;

/** What every method must never choose, and how referring openers are handled. */
class SelectionRulesTest {
  private final Session session = new Session();

  private static final String PAGE = "By Phil Helsel\n\n"
      + "A federal judge in Utah struck down the state's ban on same-sex marriage on Friday.\n\n"
      + "SCORES QUARANTINED\n\n"
      + "He said the ban violated the equal protection guaranteed by the Constitution.\n\n"
      + "Advertisement\n\n"
      + "Rest in Power.\n\n"
      + "The state attorney general said his office would appeal the ruling to the circuit court.\n\n"
      + "Couples lined up at the county clerk's office in Salt Lake City within hours.\n\n"
      + "Phil Helsel is a reporter for NBC News.";

  private Summary summarize(String method, LengthLimit limit) {
    Document document = session.sentenceClassifier()
        .apply(session.splitter("precis").apply(Document.of(PAGE)));
    Article article = Article.of(document, null, null, session.textAnalyzer());
    Ranker ranker = session.ranker(method);
    return Summarizer.summarize(article, ranker,
        new SummaryOptions(limit, ranker.defaultDiversity(), SummaryOptions.Order.ORIGINAL));
  }

  @Test
  void noMethodChoosesBylinesHeadingsFurnitureOrScraps() {
    for (String method : Session.rankerNames()) {
      for (LengthLimit limit : new LengthLimit[] {LengthLimit.sentences(4), LengthLimit.words(60),
          LengthLimit.ratio(1)}) {
        Summary summary = summarize(method, limit);
        assertThat(summary.text()).as(method + " " + limit)
            .doesNotContain("Phil Helsel", "SCORES", "Advertisement", "Rest in Power");
      }
    }
  }

  @Test
  void skippedSentencesSayWhy() {
    Summary summary = summarize("lead", LengthLimit.sentences(3));
    assertThat(summary.note(0)).contains("byline");
    assertThat(summary.note(2)).contains("heading");
  }

  @Test
  void leadPrefersASentenceThatDoesNotDangle() {
    // Lead's first choice is the judge's ruling; with two sentences and "He said ..." third
    // after a heading, the pronoun's antecedent is the ruling, which is chosen: no penalty.
    Summary summary = summarize("lead", LengthLimit.sentences(2));
    assertThat(summary.text()).startsWith("A federal judge").contains("He said the ban");
  }

  @Test
  void openersReferringBack() {
    assertThat(Openers.referringOpener("He said the ban was void.")).isEqualTo("He");
    assertThat(Openers.referringOpener("“It’s over,” she said.")).isEqualTo("It’s");
    assertThat(Openers.referringOpener("`` however , the court ruled .")).isEqualTo("however");
    assertThat(Openers.referringOpener("In addition, the city will pay.")).isEqualTo("In addition");
    assertThat(Openers.referringOpener("Hence")).isEqualTo("Hence");
    assertThat(Openers.referringOpener("Helsel said the ban was void.")).isNull();
    assertThat(Openers.referringOpener("There were 12 couples.")).isNull();
  }
}
