package dev.precis.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Document;
import dev.precis.core.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made sentences, one or more per rule of the extractor. */
class RuleQuoteExtractorTest {
  private static final Session SESSION = new Session();

  private record Found(Quote.Kind kind, String text, String cue, String mention, String speaker,
      boolean unclosed, int parts) {}

  private static List<Found> extract(String text) {
    Document doc = SESSION.splitter("precis").apply(Document.of(text));
    return SESSION.quoteExtractor("rules").extract(doc).stream().map(q -> new Found(q.kind(),
        doc.text(q.span()), q.cue() == null ? null : doc.text(q.cue()),
        q.speakerMention() == null ? null : doc.text(q.speakerMention()), q.speaker(),
        q.unclosed(), q.parts().size())).toList();
  }

  private static Found only(String text) {
    List<Found> found = extract(text);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void directQuoteWithAttributionAfterIt() {
    Found q = only("Maria Lopez runs the bakery on Elm Street.\n\n"
        + "“Bread prices have doubled since spring,” Lopez said.");
    assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
    assertThat(q.text()).isEqualTo("Bread prices have doubled since spring,");
    assertThat(q.cue()).isEqualTo("said");
    assertThat(q.mention()).isEqualTo("Lopez");
    assertThat(q.speaker()).isEqualTo("Maria Lopez");
  }

  @Test
  void invertedAttributionWithRole() {
    Found q = only("\"The bridge will reopen in May,\" said city engineer Tom Okafor.");
    assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
    assertThat(q.speaker()).isEqualTo("Tom Okafor");
    assertThat(q.mention()).isEqualTo("city engineer Tom Okafor");
  }

  @Test
  void attributionBeforeTheQuote() {
    Found q = only("Anna Berg told the hearing: “Nobody warned us about the flood.”");
    assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
    assertThat(q.speaker()).isEqualTo("Anna Berg");
    assertThat(q.cue()).isEqualTo("told");
  }

  @Test
  void quoteInterruptedByItsAttributionIsOneQuote() {
    Found q = only("“We tried everything,” the farmer Jonas Weber said, “but the rain never came.”");
    assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
    assertThat(q.parts()).isEqualTo(2);
    assertThat(q.speaker()).isEqualTo("Jonas Weber");
    assertThat(q.text()).startsWith("We tried everything").endsWith("never came.");
  }

  @Test
  void partialQuoteInsideTheReportersSentence() {
    Found q = only("Prime Minister Elena Sandoval spoke at the summit. "
        + "She called the new tariffs “a blow to every family in the country” on Tuesday.");
    assertThat(q.kind()).isEqualTo(Quote.Kind.PARTIAL);
    assertThat(q.text()).isEqualTo("a blow to every family in the country");
    assertThat(q.cue()).isEqualTo("called");
    assertThat(q.speaker()).isEqualTo("Elena Sandoval");
  }

  @Test
  void quoteParagraphsAfterAnAttributedQuoteKeepTheSpeaker() {
    List<Found> found = extract("“The season starts in April,” coach Priya Nair said.\n\n"
        + "“We have six new players and a lot to learn.”");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).speaker()).isEqualTo("Priya Nair");
    assertThat(found.get(1).cue()).isNull();
  }

  @Test
  void unclosedQuoteIsReportedAsSuch() {
    List<Found> found = extract("“The council never listened to us, Ahmed Sultani said.\n\n"
        + "The council met again on Friday.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).unclosed()).isTrue();
    assertThat(found.get(0).text()).doesNotContain("Friday");
  }

  @Test
  void reportedSpeechWithThat() {
    Found q = only("Finance Minister Lars Holm said that the budget would be balanced by 2027.");
    assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT);
    assertThat(q.text()).isEqualTo("that the budget would be balanced by 2027");
    assertThat(q.speaker()).isEqualTo("Lars Holm");
  }

  @Test
  void reportedSpeechWithAccordingTo() {
    Found q = only("According to the fire service, the blaze started in a storage room.");
    assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT);
    assertThat(q.text()).isEqualTo("the blaze started in a storage room");
    assertThat(q.cue()).isEqualTo("According to");
    assertThat(q.speaker()).isEqualTo("the fire service");
  }

  @Test
  void reportedSpeechWithAttributionAtTheEnd() {
    Found q = only("The factory will close in June, the company said.");
    assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT);
    assertThat(q.text()).isEqualTo("The factory will close in June");
    assertThat(q.speaker()).isEqualTo("the company");
  }

  @Test
  void reportedSpeechWithVerbsOfStatingAndAsHeSaid() {
    List<Found> found = extract("Governor Ruth Adeyemi visited the flooded towns on Monday. "
        + "She stressed the need for new levees along the river. "
        + "As she said, the repairs will take years. "
        + "She pointed out the cost of waiting for federal help.");
    assertThat(found).extracting(Found::kind).containsOnly(Quote.Kind.INDIRECT);
    assertThat(found).extracting(Found::cue)
        .containsExactly("stressed", "said", "pointed out");
    assertThat(found).extracting(Found::speaker).containsOnly("Ruth Adeyemi");
    assertThat(found.get(1).text()).isEqualTo("the repairs will take years");
  }

  @Test
  void pronounResolvesToTheMostRecentCompatiblePerson() {
    List<Found> found = extract("Karin Holt met Omar Reyes in Lisbon. "
        + "Reyes added that the deal was close. "
        + "He noted that both sides had compromised.");
    assertThat(found).extracting(Found::speaker).containsExactly("Omar Reyes", "Omar Reyes");
  }

  @Test
  void titleResolvesToThePersonGivenThatTitle() {
    List<Found> found = extract("President Ilse Brandt opened the session.\n\n"
        + "“We need a new law,” the president said.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).mention()).isEqualTo("the president");
    assertThat(found.get(0).speaker()).isEqualTo("Ilse Brandt");
  }

  @Test
  void roleWithoutANameIsTheSpeaker() {
    Found q = only("“The talks will resume next week,” a spokeswoman for the ministry said.");
    assertThat(q.speaker()).isEqualTo("a spokeswoman for the ministry");
  }

  @Test
  void organisationCanBeTheSpeaker() {
    Found q = only("The ministry said the border would reopen on Thursday.");
    assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT);
    assertThat(q.speaker()).isEqualTo("The ministry");
  }

  @Test
  void quoteWithoutSpeakerIsKeptWithNullSpeaker() {
    Found q = only("“Nothing will ever be the same again.”");
    assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
    assertThat(q.speaker()).isNull();
  }

  @Test
  void scareQuotesAndTitlesWithoutASpeakerAreNoQuotes() {
    assertThat(extract("The band played “Blue Harbour” twice at the festival.")).isEmpty();
  }

  @Test
  void participleCueSharesTheSubjectOfTheSentence() {
    List<Found> found = extract("The harbour authority said, noting that ferries would run "
        + "again by noon.");
    assertThat(found).extracting(Found::cue).contains("noting");
    assertThat(found).extracting(Found::speaker).containsOnly("The harbour authority");
  }

  @Test
  void appositiveBetweenNameAndCue() {
    Found q = only("“Prices will fall next year,” Lena Ortiz, a senior economist at the bank, "
        + "said.");
    assertThat(q.speaker()).isEqualTo("Lena Ortiz");
    assertThat(q.mention()).isEqualTo("Lena Ortiz");
  }

  @Test
  void surnameOpeningTheSentenceIsTheSubject() {
    List<Found> found = extract("Karin Holt met Omar Reyes in Lisbon. "
        + "Reyes added that the deal was close.");
    assertThat(found).extracting(Found::speaker).containsExactly("Omar Reyes");
  }

  @Test
  void attributionAfterAParagraphEndingInAColon() {
    List<Found> found = extract("Mayor Dana Kim gave a short statement:\n\n"
        + "“The city will rebuild every home that was lost.”");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speaker()).isEqualTo("Dana Kim");
  }

  @Test
  void itResolvesToTheMostRecentOrganisation() {
    List<Found> found = extract("The Water Board met on Monday. "
        + "It said that the reservoir was only half full.");
    assertThat(found).extracting(Found::speaker).containsExactly("the Water Board");
  }

  @Test
  void placesAreNoPeopleForPronouns() {
    List<Found> found = extract("Sara Lind spoke to the crowd. Protesters filled Liberty "
        + "Square all night. She said that the march would go on.");
    assertThat(found).extracting(Found::speaker).containsExactly("Sara Lind");
  }

  // ---- clean canonical names (issue 11) ---------------------------------------------------

  private static List<String> speakers(String text) {
    return extract(text).stream().map(Found::speaker).toList();
  }

  @Test
  void titlesWeekdaysDatelinesAndCaptionsAreCutFromNames() {
    assertThat(speakers("Secretary of State John Kerry spoke in Geneva.\n\n"
        + "“We will not give up,” said Secretary of State John Kerry.")).containsExactly("John Kerry");
    assertThat(speakers("“I played well,” said Tuesday Phil Mickelson."))
        .containsExactly("Phil Mickelson");
    assertThat(speakers("SCOTTSDALE, Ariz. Phil Mickelson was happy.\n\n"
        + "“I played well,” Mickelson said.")).containsExactly("Phil Mickelson");
    assertThat(speakers("Watch Doug Ford speak.\n\n“We will cut taxes,” Ford said."))
        .containsExactly("Doug Ford");
  }

  @Test
  void organisationsKeepTheirWholeName() {
    assertThat(speakers("“Nobody is above the law,” the White House said."))
        .containsExactly("the White House");
    assertThat(speakers("The United Nations has warned of famine.\n\n"
        + "“People are starving,” the United Nations said."))
        .containsExactly("the United Nations");
    assertThat(speakers("“We were surprised,” said a spokesman for the United Nations."))
        .containsExactly("a spokesman for the United Nations");
  }

  @Test
  void anUnnamedRoleIsNeverAnEarlierNamedPerson() {
    assertThat(speakers("Judge Mary Smith dismissed the case in May.\n\n"
        + "“The law is clear,” a federal judge said on Friday."))
        .containsExactly("a federal judge");
  }

  @Test
  void aNameTheTokenizerSplitsStaysWhole() {
    assertThat(speakers("“It was cold,” Dolores LaPlante told reporters. “Very cold,” LaPlante "
        + "said.")).containsExactly("Dolores LaPlante", "Dolores LaPlante");
  }

  @Test
  void anAcronymIsTheOrganisationWhoseInitialsItSpells() {
    assertThat(speakers("Immigration, Refugees and Citizenship Canada reviewed the file in "
        + "June.\n\n“The case is closed,” IRCC said.")).containsExactly(
            "Immigration, Refugees and Citizenship Canada");
  }

  @Test
  void aNameEndingInATitleWordIsStillAName() {
    assertThat(speakers("“We have seen this before,” said CNN chief national correspondent "
        + "John King.")).containsExactly("John King");
  }

  @Test
  void speakerDetailTellsKindTitleAndMention() {
    String text = "Secretary of State John Kerry spoke in Geneva. “We will not give up,” "
        + "Kerry said.";
    Document doc = SESSION.splitter("precis").apply(Document.of(text));
    Speaker who = SESSION.quoteExtractor("rules").extract(doc).get(0).speakerDetail();
    assertThat(who.name()).isEqualTo("John Kerry");
    assertThat(who.kind()).isEqualTo(Speaker.Kind.PERSON);
    assertThat(who.title()).isEqualTo("Secretary of State");
    assertThat(doc.text(who.mention())).isEqualTo("Kerry");
    assertThat(who.confidence()).isBetween(0.0, 1.0);
  }

  // ---- precision (issue 11) ---------------------------------------------------------------

  @Test
  void anEstimatedAndSoCalledAreNoCues() {
    assertThat(extract("Boko Haram kidnapped an estimated 276 girls in April.")).isEmpty();
    assertThat(extract("The so-called “Islamic State” grew in the east of the country."))
        .isEmpty();
  }

  @Test
  void aTitleOfAWorkIsNoQuote() {
    assertThat(extract("He starred in “Gone With the Wind” in 1939 and left Hollywood."))
        .isEmpty();
  }

  @Test
  void apAndPennTreebankMarksAreQuotationMarks() {
    assertThat(extract("‘‘We will win this race,’’ Smith said. The crowd cheered."))
        .extracting(Found::text).containsExactly("We will win this race,");
    assertThat(extract("``We will not stop now,'' Jones said. Then he left."))
        .extracting(Found::text).containsExactly("We will not stop now,");
    assertThat(extract("“It was over,” Lee said. ''Nobody came back,'' Lee added."))
        .extracting(Found::text).containsExactly("It was over,", "Nobody came back,");
  }
}
