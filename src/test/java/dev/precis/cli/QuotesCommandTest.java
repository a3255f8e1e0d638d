package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode seedJson(String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("quotes", "-f", "json"));
    args.addAll(List.of(extra));
    args.add(Cli.seedArticle().toString());
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    return MAPPER.readTree(r.out());
  }

  private static JsonNode find(JsonNode root, String textStart) {
    for (JsonNode q : root.get("quotes")) {
      if (q.get("text").asText().startsWith(textStart)) {
        return q;
      }
    }
    throw new AssertionError("no quote starting with: " + textStart + " in " + root);
  }

  @Test
  void seedPartialQuoteIsTokayevViaHe() throws Exception {
    JsonNode q = find(seedJson(), "the tragic events");
    assertThat(q.get("kind").asText()).isEqualTo("partial");
    assertThat(q.get("text").asText())
        .isEqualTo("the tragic events as an unprecedented act of aggression and assault");
    assertThat(q.get("speaker").asText()).isEqualTo("Kassym-Jomart Tokayev");
    assertThat(q.get("speaker_mention").get("text").asText()).isEqualTo("He");
    assertThat(q.get("cue").get("text").asText()).isEqualTo("described");
  }

  @Test
  void seedSixSentenceDirectQuoteIsTokayevViaTheHeadOfState() throws Exception {
    JsonNode q = find(seedJson(), "I have no doubt");
    assertThat(q.get("kind").asText()).isEqualTo("direct");
    assertThat(q.get("text").asText()).endsWith("has been launched in Kazakhstan,");
    assertThat(q.get("text").asText().split("(?<=\\.)[\\s\\u00A0]+")).hasSize(6);
    assertThat(q.get("speaker").asText()).isEqualTo("Kassym-Jomart Tokayev");
    assertThat(q.get("speaker_mention").get("text").asText()).isEqualTo("the Head of State");
    assertThat(q.get("cue").get("text").asText()).isEqualTo("said");
    assertThat(q.get("unclosed").asBoolean()).isFalse();
  }

  @Test
  void seedReportedSpeechHasItsSpeakers() throws Exception {
    JsonNode root = seedJson("--kind", "indirect");
    List<String> byCue = new ArrayList<>();
    for (JsonNode q : root.get("quotes")) {
      assertThat(q.get("kind").asText()).isEqualTo("indirect");
      byCue.add(q.get("cue").get("text").asText() + " -> " + q.get("speaker").asText());
    }
    assertThat(byCue).contains(
        "noting -> the Kazakh president’s official website",
        "added -> Kassym-Jomart Tokayev",
        "According to -> Kassym-Jomart Tokayev",
        "stressed -> Kassym-Jomart Tokayev",
        "reaffirmed -> Kassym-Jomart Tokayev",
        "noted -> Charles Michel",
        "said -> Charles Michel",
        "pointed out -> Charles Michel");
    assertThat(find(root, "the meeting allowed him").get("speaker_mention").get("text").asText())
        .isEqualTo("he");
  }

  @Test
  void jsonOffsetsAreCodePoints() throws Exception {
    String text = "🎉 Party night. “We had a great time,” said organiser Lea Fox.";
    Cli.Result r = Cli.runWithInput(text, "quotes", "-f", "json");
    JsonNode q = MAPPER.readTree(r.out()).get("quotes").get(0);
    int start = q.get("start").asInt();
    int end = q.get("end").asInt();
    int[] cps = text.codePoints().toArray();
    assertThat(new String(cps, start, end - start)).isEqualTo("We had a great time,");
    assertThat(MAPPER.readTree(r.out()).get("schema").asInt()).isEqualTo(1);
  }

  @Test
  void textFormatListsKindSpeakerAndQuote() {
    Cli.Result r = Cli.run("quotes", "--kind", "partial", Cli.seedArticle().toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("[partial] Kassym-Jomart Tokayev (as \"He\", cue \"described\")\n"
        + "  “the tragic events as an unprecedented act of aggression and assault”\n");
  }

  @Test
  void markdownIsABlockquoteFollowedBySpeaker() {
    Cli.Result r = Cli.run("quotes", "-f", "markdown", "--kind", "direct",
        Cli.seedArticle().toString());
    assertThat(r.out()).startsWith("> I have no doubt that it was a terrorist attack.");
    assertThat(r.out()).contains("\n\n— Kassym-Jomart Tokayev *(direct)*\n");
  }

  @Test
  void speakerFilterAcceptsSurname() {
    Cli.Result r = Cli.run("quotes", "--speaker", "michel", Cli.seedArticle().toString());
    assertThat(r.out()).contains("Charles Michel").doesNotContain("Tokayev (");
    assertThat(r.out().lines().filter(l -> l.startsWith("["))).hasSize(3);
  }

  @Test
  void aSharedSurnameMeansThePersonTheArticleCallsByIt() {
    String input = "{\"text\":\"“We are ready,” Melania Trump said. Donald Trump disagreed. "
        + "“We are not,” Trump said.\"}\n";
    Cli.Result surname = Cli.runWithInput(input, "quotes", "--jsonl", "--speaker", "Trump");
    assertThat(surname.out()).contains("Donald Trump").doesNotContain("Melania");
    Cli.Result full = Cli.runWithInput(input, "quotes", "--jsonl", "--speaker", "melania trump");
    assertThat(full.out()).contains("Melania Trump").doesNotContain("Donald");
  }

  @Test
  void jsonHasTheSpeakerAsAnObjectBesideItsName() throws Exception {
    JsonNode q = find(seedJson(), "I have no doubt");
    JsonNode info = q.get("speaker_info");
    assertThat(info.get("name").asText()).isEqualTo(q.get("speaker").asText());
    assertThat(info.get("kind").asText()).isEqualTo("person");
    assertThat(info.get("mention").get("text").asText())
        .isEqualTo(q.get("speaker_mention").get("text").asText());
    assertThat(info.get("confidence").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void bySpeakerGroupsWithCounts() {
    Cli.Result r = Cli.run("quotes", "--by-speaker", Cli.seedArticle().toString());
    assertThat(r.out()).startsWith("Kassym-Jomart Tokayev (6)\n");
    assertThat(r.out()).contains("\nCharles Michel (3)\n");
  }

  @Test
  void jsonLinesInputGivesOneObjectPerRecord() throws Exception {
    String input = "{\"id\":\"a\",\"text\":\"“It works,” Ada Kent said.\"}\n"
        + "{\"id\":\"b\",\"text\":\"No quotes here.\"}\n";
    Cli.Result r = Cli.runWithInput(input, "quotes", "--jsonl");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = MAPPER.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("a");
    assertThat(first.get("quotes").get(0).get("speaker").asText()).isEqualTo("Ada Kent");
    assertThat(MAPPER.readTree(lines.get(1)).get("quotes")).isEmpty();
  }

  @Test
  void unknownKindIsAUsageError() {
    Cli.Result r = Cli.run("quotes", "--kind", "rumour", Cli.seedArticle().toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown kind 'rumour'");
  }
}
