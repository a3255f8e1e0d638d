package dev.precis.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Paragraphs;
import dev.precis.core.quotes.QuotationMarks.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {

  private static List<String> quotes(String text) {
    return QuotationMarks.find(text, Paragraphs.split(text)).stream()
        .map(r -> String.join(" | ", r.parts().stream().map(p -> p.slice(text)).toList()))
        .toList();
  }

  private static List<Region> regions(String text) {
    return QuotationMarks.find(text, Paragraphs.split(text));
  }

  @Test
  void straightAndCurlyDoubleQuotes() {
    assertThat(quotes("\"We will win,\" the coach said. Then “we go home,” he added."))
        .containsExactly("We will win,", "we go home,");
  }

  @Test
  void singleQuotesAsOuterQuotes() {
    assertThat(quotes("The mayor said the plan was 'far too expensive' for the town."))
        .containsExactly("far too expensive");
    assertThat(quotes("Critics called it ‘a costly mistake’ on Monday."))
        .containsExactly("a costly mistake");
  }

  @Test
  void guillemets() {
    assertThat(quotes("Il a dit: «Nous sommes prêts» hier.")).containsExactly("Nous sommes prêts");
  }

  @Test
  void nestedQuotesStayInsideTheOuterQuote() {
    String text = "“They kept shouting ‘not again’ at the board,” the teacher recalled.";
    assertThat(quotes(text)).containsExactly("They kept shouting ‘not again’ at the board,");
  }

  @Test
  void apostrophesAreNeverQuotes() {
    assertThat(quotes("Don’t tell me the region’s ’90s boom was the farmers’ doing.")).isEmpty();
    assertThat(quotes("It wasn't the city's fault, and rock 'n' roll isn't either.")).isEmpty();
    assertThat(quotes("“I don’t think Norway’s ’80s policy worked,” she said."))
        .containsExactly("I don’t think Norway’s ’80s policy worked,");
  }

  @Test
  void unclosedQuoteEndsWithItsParagraph() {
    String text = "“We were never told about the closure, she said.\n\n"
        + "The company did not reply to requests for comment.";
    List<Region> found = regions(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).unclosed()).isTrue();
    assertThat(found.get(0).inner().slice(text))
        .isEqualTo("We were never told about the closure, she said.");
  }

  @Test
  void quoteRunsIntoTheNextParagraphThatOpensWithAMark() {
    String text = "“The first season was hard,” the captain said. “We lost our keeper early.\n\n"
        + "“Then the younger players stepped up and carried us.”\n\nThe final is on Sunday.";
    List<Region> found = regions(text);
    assertThat(found).hasSize(2);
    Region second = found.get(1);
    assertThat(second.unclosed()).isFalse();
    assertThat(second.parts()).hasSize(2);
    assertThat(second.parts().get(0).slice(text)).isEqualTo("We lost our keeper early.");
    assertThat(second.parts().get(1).slice(text))
        .isEqualTo("Then the younger players stepped up and carried us.");
  }

  @Test
  void newOpeningMarkEndsAnUnclosedQuote() {
    String text = "“The vote is rigged, he said. “We will appeal,” his lawyer added.";
    List<Region> found = regions(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(0).unclosed()).isTrue();
    assertThat(found.get(1).inner().slice(text)).isEqualTo("We will appeal,");
  }

  @Test
  void aStrayStraightMarkDoesNotSwallowTheNextCurlyQuote() {
    String text = "\"The bus was late again.\n\n“We waited an hour,” a commuter said.";
    List<Region> found = regions(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(0).unclosed()).isTrue();
    assertThat(found.get(0).inner().slice(text)).isEqualTo("The bus was late again.");
    assertThat(found.get(1).inner().slice(text)).isEqualTo("We waited an hour,");
  }

  @Test
  void leftMarkTypedForARightOneStillCloses() {
    String text = "“Turnout was 61 percent.“ The count ended at midnight.";
    List<Region> found = regions(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).unclosed()).isFalse();
    assertThat(found.get(0).inner().slice(text)).isEqualTo("Turnout was 61 percent.");
  }
}
