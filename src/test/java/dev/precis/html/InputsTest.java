package dev.precis.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.core.InputException;
import org.junit.jupiter.api.Test;

class InputsTest {
  @Test
  void plainTextPassesThroughUntouched() {
    String text = "  The <b> tag is bold.\r\n\r\nSecond paragraph.  ";
    assertThat(Inputs.toArticleText(text, InputKind.AUTO)).isSameAs(text);
    assertThat(Inputs.toArticleText(text, InputKind.TEXT)).isSameAs(text);
  }

  @Test
  void htmlBecomesTitleThenBodyParagraphs() {
    String text = Inputs.toArticleText(SyntheticPages.newsPage(), InputKind.AUTO);
    assertThat(text).startsWith(SyntheticPages.TITLE + "\n\nThe council of Port Wendle")
        .doesNotContain("<p>").doesNotContain("Lighthouse keeper");
  }

  @Test
  void forcedKindWins() {
    String page = SyntheticPages.newsPage();
    assertThat(Inputs.toArticleText(page, InputKind.TEXT)).isSameAs(page);
    String fragment = "Just words, with an ampersand &amp; entity, and long enough to count.";
    assertThat(Inputs.toArticleText(fragment, InputKind.HTML))
        .isEqualTo("Just words, with an ampersand & entity, and long enough to count.");
  }

  @Test
  void htmlWithoutArticleTextIsAnInputError() {
    assertThatThrownBy(() -> Inputs.toArticleText("page.html",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>", InputKind.AUTO))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no article text")
        .satisfies(e -> assertThat(((InputException) e).source()).isEqualTo("page.html"));
  }
}
