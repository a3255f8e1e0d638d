package dev.precis.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Session;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  private final TextAnalyzer analyzer = new Session().textAnalyzer();

  @Test
  void keepsStemmedContentWordsAndCountsWords() {
    TextAnalyzer.Analysis a = analyzer.open().analyze("The ministers were discussing the talks, again.");
    assertThat(a.terms()).containsExactly("minist", "discuss", "talk");
    assertThat(a.words()).isEqualTo(7);
  }

  @Test
  void punctuationInsideAChunkGoesToTheModel() {
    String[] tokens = analyzer.open().tokenize("Michel's visit (in Astana) ended.");
    // the model (not a rule) cuts "(in", "Astana)" and "ended."; this model keeps "Michel's"
    assertThat(tokens).containsExactly("Michel's", "visit", "(", "in", "Astana", ")", "ended", ".");
  }

  @Test
  void tokenSpansSliceBackToTheText() {
    String text = "  Kassym-Jomart  Tokayev,\tspoke. ";
    for (opennlp.tools.util.Span s : analyzer.open().tokenizePositions(text)) {
      assertThat(text.substring(s.getStart(), s.getEnd())).isNotBlank().doesNotContain(" ");
    }
  }

  @Test
  void countsWordsAsReadersDo() {
    assertThat(TextAnalyzer.countWords("U.S. talks -- again , 2024")).isEqualTo(4);
    assertThat(TextAnalyzer.countWords("  ")).isZero();
  }
}
