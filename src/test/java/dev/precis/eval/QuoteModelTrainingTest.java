package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.Document;
import dev.precis.core.Session;
import dev.precis.core.quotes.Quote;
import dev.precis.core.quotes.model.ModelQuoteExtractor;
import dev.precis.core.quotes.model.QuoteModel;
import dev.precis.format.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trains the attribution model on a small synthetic corpus in PolNeAR's format where beliefs
 * ("X believes that ...") are annotated attributions, as in PolNeAR, and checks that the
 * model learns what the rules' speech-verb lexicon does not know.
 */
class QuoteModelTrainingTest {
  private static final Session SESSION = new Session();
  private static final String[] PEOPLE = {"Maria Lopez", "Tom Okafor", "Anna Berg", "Jonas Weber",
      "Lena Novak", "Omar Haddad", "Rita Kowalski", "Sam Carter"};
  private static final String[] CLAIMS = {"the bridge will reopen in May",
      "taxes are too high for small farms", "the council wasted money on the stadium",
      "the river has never been cleaner", "prices will fall before the winter",
      "the school needs a new roof"};
  private static final String[] BELIEFS = {"believes", "thinks", "fears"};
  private static List<QuoteModelTraining.Doc> docs;
  private static QuoteModel model;

  @BeforeAll
  static void train() throws IOException {
    docs = new ArrayList<>();
    for (int d = 0; d < 24; d++) {
      docs.add(article(d));
    }
    model = QuoteModelTraining.train(SESSION, docs, 50, new QuoteModelTraining.Report[1]);
  }

  /** Three paragraphs: a belief, a statement with "said", a sentence with no attribution. */
  private static QuoteModelTraining.Doc article(int d) {
    String a = PEOPLE[d % PEOPLE.length];
    String b = PEOPLE[(d + 3) % PEOPLE.length];
    String belief = BELIEFS[d % BELIEFS.length];
    String first = a + " " + belief + " that " + CLAIMS[d % CLAIMS.length] + ".";
    String second = b + " said that " + CLAIMS[(d + 2) % CLAIMS.length] + ".";
    // the same verbs with no reported content: not annotated, the model must learn the difference
    String third = "The meeting lasted " + (d + 2) + " hours in the town hall, and " + b + " "
        + BELIEFS[(d + 1) % BELIEFS.length] + " storms and floods every winter.";
    // a label in quotation marks that nobody is said to have said: not annotated either
    String fourth = "The mayor called the plan a \"fresh start\" for the town.";
    String text = first + "\n\n" + second + "\n\n" + third + "\n\n" + fourth;
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("id", "synthetic-" + d).put("text", text);
    ArrayNode quotes = node.putArray("quotes");
    quote(quotes, text, a, belief, "that " + CLAIMS[d % CLAIMS.length]);
    quote(quotes, text, b, "said", "that " + CLAIMS[(d + 2) % CLAIMS.length]);
    return QuoteModelTraining.Doc.fromJson(node);
  }

  private static void quote(ArrayNode quotes, String text, String speaker, String cue,
      String content) {
    int s = text.indexOf(speaker + " " + cue + " " + content); // ASCII: code points = chars
    int c = s + speaker.length() + 1;
    int q = c + cue.length() + 1;
    quotes.addObject().put("text", content).put("start", q).put("end", q + content.length())
        .put("speaker", speaker).put("speaker_start", s).put("speaker_end", s + speaker.length())
        .put("cue", cue).put("cue_start", c).put("kind", "indirect");
  }

  private static List<Quote> extract(String name, String text) {
    Document doc = SESSION.splitter("precis").apply(Document.of(text));
    return SESSION.modelQuoteExtractor(name, model).extract(doc);
  }

  @Test
  void learnsCueWordsFromTheAnnotations() {
    assertThat(model.cueWords()).contains("believes", "thinks", "fears", "said")
        .doesNotContain("meeting", "that", "hours");
  }

  @Test
  void findsABeliefTheRulesDoNotReadAsSpeech() {
    String text = "Karl Meyer believes that the harbour should stay open all year.";
    Document doc = SESSION.splitter("precis").apply(Document.of(text));
    assertThat(SESSION.quoteExtractor("rules").extract(doc)).isEmpty();
    for (String name : List.of(ModelQuoteExtractor.MODEL, ModelQuoteExtractor.COMBINED)) {
      List<Quote> found = extract(name, text);
      assertThat(found).hasSize(1);
      Quote q = found.get(0);
      assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT);
      assertThat(q.content().slice(text)).isEqualTo("that the harbour should stay open all year");
      assertThat(q.cue().slice(text)).isEqualTo("believes");
      assertThat(q.speaker()).isEqualTo("Karl Meyer");
    }
  }

  @Test
  void roundTripKeepsEveryProbability() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    QuoteModel read = QuoteModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(read.cueWords()).isEqualTo(model.cueWords());
    String text = docs.get(5).gold().text() + "\n\nKarl Meyer thinks that the harbour is safe.";
    Document doc = SESSION.splitter("precis").apply(Document.of(text));
    List<Quote> before = SESSION.modelQuoteExtractor("combined", model).extract(doc);
    assertThat(before).isNotEmpty();
    assertThat(SESSION.modelQuoteExtractor("combined", read).extract(doc)).isEqualTo(before);
    for (Quote q : before) {
      assertThat(read.keepProbability(text, q)).isEqualTo(model.keepProbability(text, q));
    }
  }

  @Test
  void trainingIsDeterministic() throws IOException {
    QuoteModel again = QuoteModelTraining.train(SESSION, docs, 50, new QuoteModelTraining.Report[1]);
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    model.write(first);
    again.write(second);
    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
  }

  @Test
  void aCorruptFileIsAnIoExceptionNotACrash() {
    byte[] garbage = "not a model at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> QuoteModel.read(new ByteArrayInputStream(garbage)))
        .isInstanceOf(IOException.class).hasMessageContaining("not a quote model");
  }

  @Test
  void matchingFollowsTheScorer() {
    QuoteEvaluation.Case gold = docs.get(0).gold();
    Document doc = SESSION.splitter("precis").apply(Document.of(gold.text()));
    List<Quote> found = SESSION.modelQuoteExtractor("combined", model).extract(doc);
    boolean[] matched = QuoteModelTraining.matched(gold, found);
    int count = 0;
    for (boolean m : matched) {
      count += m ? 1 : 0;
    }
    QuoteEvaluation.Score all = QuoteEvaluation.scoreOne(gold, found,
        QuoteEvaluation.Group.ALL, QuoteEvaluation.Compared.CONTENT);
    assertThat(count).isEqualTo(all.spans().correct()).isEqualTo(2);
  }
}
