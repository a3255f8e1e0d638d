package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.core.Span;
import dev.precis.core.quotes.Quote;
import dev.precis.eval.QuoteEvaluation.Case;
import dev.precis.eval.QuoteEvaluation.Compared;
import dev.precis.eval.QuoteEvaluation.Gold;
import dev.precis.eval.QuoteEvaluation.Group;
import dev.precis.eval.QuoteEvaluation.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteEvaluationTest {
  private static final String TEXT =
      "“Rents are too high,” Mia Cole said. The mayor said that a new plan was coming soon.";

  private static Quote predicted(Quote.Kind kind, int start, int end, Span mention,
      String speaker) {
    Span span = new Span(start, end);
    return new Quote(kind, span, List.of(span), span, null, mention, speaker, false);
  }

  private static Case gold(Gold... quotes) {
    return new Case("t", TEXT, List.of(quotes));
  }

  @Test
  void trimsWhiteSpaceQuotationMarksAndEdgePunctuation() {
    Span trimmed = QuoteEvaluation.trim(TEXT, new Span(0, 21));
    assertThat(trimmed.slice(TEXT)).isEqualTo("Rents are too high");
  }

  @Test
  void matchNeedsOverlapOfHalfTheLongerSpanAndCountsAttribution() {
    int start = TEXT.indexOf("a new plan");
    int end = TEXT.indexOf(" soon");
    Case c = gold(new Gold(Quote.Kind.INDIRECT, new Span(TEXT.indexOf("that a new"), end + 5),
        new Span(37, 46), "Mayor Jo Park"));
    // "a new plan was coming" covers more than half of "that a new plan was coming soon"
    Score hit = QuoteEvaluation.scoreOne(c, List.of(predicted(Quote.Kind.INDIRECT, start, end,
        null, "mayor jo  park")), Group.INDIRECT, Compared.CONTENT);
    assertThat(hit.spans().correct()).isEqualTo(1);
    assertThat(hit.attribution().correct()).isEqualTo(1); // case and spaces ignored
    // "a new" is less than half of the gold span
    Score miss = QuoteEvaluation.scoreOne(c, List.of(predicted(Quote.Kind.INDIRECT, start,
        start + 5, null, null)), Group.INDIRECT, Compared.CONTENT);
    assertThat(miss.spans().correct()).isZero();
    assertThat(miss.spans().predicted()).isEqualTo(1);
    assertThat(miss.spans().gold()).isEqualTo(1);
  }

  @Test
  void mentionOverlapAttributesAndGroupsAreSeparate() {
    Case c = gold(new Gold(Quote.Kind.DIRECT, new Span(0, 21), new Span(22, 30), null));
    Quote p = predicted(Quote.Kind.DIRECT, 1, 19, new Span(26, 30), "Cole");
    Score direct = QuoteEvaluation.scoreOne(c, List.of(p), Group.DIRECT_PARTIAL, Compared.QUOTE);
    assertThat(direct.attribution().correct()).isEqualTo(1);
    Score indirect = QuoteEvaluation.scoreOne(c, List.of(p), Group.INDIRECT, Compared.QUOTE);
    assertThat(indirect.spans().predicted()).isZero();
    assertThat(indirect.spans().gold()).isZero();
  }

  @Test
  void matchingIsOneToOneByLargestOverlap() {
    Case c = gold(new Gold(Quote.Kind.DIRECT, new Span(1, 19), null, null));
    Score s = QuoteEvaluation.scoreOne(c, List.of(predicted(Quote.Kind.DIRECT, 1, 19, null, null),
        predicted(Quote.Kind.DIRECT, 1, 18, null, null)), Group.ALL, Compared.QUOTE);
    assertThat(s.spans().correct()).isEqualTo(1);
    assertThat(s.spans().precision()).isEqualTo(0.5);
  }

  @Test
  void goldOffsetsAreCodePoints() throws Exception {
    String json = "{\"id\":\"x\",\"text\":\"🎉 “Yes,” Bo said.\",\"quotes\":[{\"kind\":\"direct\","
        + "\"start\":2,\"end\":8,\"speaker_start\":9,\"speaker_end\":11,\"speaker_ref\":\"Bo\"}]}";
    Case c = Case.fromJson(new ObjectMapper().readTree(json));
    Gold g = c.quotes().get(0);
    assertThat(g.span().slice(c.text())).isEqualTo("“Yes,”");
    assertThat(g.speaker().slice(c.text())).isEqualTo("Bo");
  }

  @Test
  void strictAttributionNeedsTheGoldNameNotAnOverlappingMention() {
    Case c = gold(new Gold(Quote.Kind.DIRECT, new Span(0, 21), new Span(22, 30), "Mia Cole"));
    // "Tuesday Mia Cole" overlaps the gold mention: attributed, but not by name
    Quote glued = predicted(Quote.Kind.DIRECT, 1, 19, new Span(22, 30), "Tuesday Mia Cole");
    Score lax = QuoteEvaluation.scoreOne(c, List.of(glued), Group.ALL, Compared.QUOTE);
    assertThat(lax.attribution().correct()).isEqualTo(1);
    assertThat(lax.strict().correct()).isZero();
    assertThat(lax.named().gold()).isEqualTo(1);
    assertThat(lax.canonicalAccuracy()).isZero();
    Quote clean = predicted(Quote.Kind.DIRECT, 1, 19, new Span(22, 30), "mia cole");
    Score strict = QuoteEvaluation.scoreOne(c, List.of(clean), Group.ALL, Compared.QUOTE);
    assertThat(strict.strict().correct()).isEqualTo(1);
    assertThat(strict.canonicalAccuracy()).isEqualTo(1.0);
  }

  @Test
  void canonicalAccuracyCountsOnlyMatchedQuotesWithAGoldName() {
    Case c = gold(new Gold(Quote.Kind.DIRECT, new Span(0, 21), null, null),
        new Gold(Quote.Kind.INDIRECT, new Span(TEXT.indexOf("a new"), TEXT.length() - 1), null,
            "the mayor"));
    Score s = QuoteEvaluation.scoreOne(c, List.of(predicted(Quote.Kind.DIRECT, 1, 19, null,
        "Mia Cole")), Group.ALL, Compared.QUOTE);
    assertThat(s.named().gold()).isZero(); // the matched quote's gold names nobody
    assertThat(s.canonicalAccuracy()).isNaN();
    assertThat(s.strict().gold()).isEqualTo(2);
  }
}
