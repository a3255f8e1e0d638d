package dev.precis.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlDetectorTest {
  @Test
  void recognisesWholePages() {
    assertThat(HtmlDetector.looksLikeHtml(SyntheticPages.newsPage())).isTrue();
    assertThat(HtmlDetector.looksLikeHtml("\uFEFF  <html><body><p>Hi</p></body></html>")).isTrue();
    assertThat(HtmlDetector.looksLikeHtml("<HEAD><TITLE>Old page</TITLE></HEAD>")).isTrue();
  }

  @Test
  void recognisesFragmentsMadeOfMarkup() {
    assertThat(HtmlDetector.looksLikeHtml("<p>One paragraph.</p>\n<p>Another one.</p>")).isTrue();
    assertThat(HtmlDetector.looksLikeHtml("<div class=\"x\"><span>Short</span></div>")).isTrue();
  }

  @Test
  void plainTextIsNotHtmlEvenWhenItMentionsTags() {
    assertThat(HtmlDetector.looksLikeHtml("The council met on Tuesday.\n\nIt voted 7-2."))
        .isFalse();
    assertThat(HtmlDetector.looksLikeHtml("Use the <p> tag for paragraphs and a < b for "
        + "comparisons, the guide said, in a long sentence about writing web pages by hand."))
        .isFalse();
    assertThat(HtmlDetector.looksLikeHtml("")).isFalse();
    assertThat(HtmlDetector.looksLikeHtml("   \n ")).isFalse();
  }
}
