package dev.precis.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Document;
import org.junit.jupiter.api.Test;

class TitlesTest {
  @Test
  void aShortFirstLineBeforeABlankLineIsATitle() {
    Document d = Document.of("Storm hits the coast\n\nThe storm arrived at noon. It was strong.");
    assertThat(Titles.detect(d)).isNotNull();
    assertThat(d.text(Titles.detect(d))).isEqualTo("Storm hits the coast");
  }

  @Test
  void aOneLineLeadParagraphIsNotATitle() {
    assertThat(Titles.detect(Document.of("The storm arrived at noon.\n\nIt was strong."))).isNull();
    assertThat(Titles.detect(Document.of("Storm hits the coast\nThe storm arrived.\n\nMore."))).isNull();
    assertThat(Titles.detect(Document.of("Storm hits the coast"))).isNull();
  }
}
