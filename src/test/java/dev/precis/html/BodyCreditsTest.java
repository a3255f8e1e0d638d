package dev.precis.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bylines, bios, captions and pointers leave the body of an extracted article. */
class BodyCreditsTest {
  private static final String PAGE = "<html><head><title>Utah same-sex marriage ban struck down"
      + "</title></head><body><nav><a href='/'>Home</a></nav><article>"
      + "<h1>Utah same-sex marriage ban struck down</h1>"
      + "<p>By Phil Helsel</p>"
      + "<p>A federal judge in Utah struck down the state's ban on same-sex marriage on Friday, "
      + "saying it violated the equal protection guaranteed by the Constitution.</p>"
      + "<p>Main image credit: Getty</p>"
      + "<p>The state attorney general said his office would appeal the ruling, and couples "
      + "lined up at the county clerk's office in Salt Lake City within hours.</p>"
      + "<p>Read more: Same-sex marriage around the world</p>"
      + "<p>Clerks in two counties began issuing licences that afternoon, while others waited "
      + "for guidance from the state.</p>"
      + "<p>Phil Helsel is a reporter for NBC News.</p>"
      + "</article><footer>Copyright</footer></body></html>";

  @Test
  void bylineAndBioGoToTheBylineFieldCaptionAndPointerAreDropped() {
    Article article = ArticleExtractor.named("precis").extract(PAGE);
    assertThat(article.body()).contains("A federal judge in Utah", "Clerks in two counties")
        .doesNotContain("Phil Helsel", "image credit", "Read more");
    assertThat(article.byline()).startsWith("Phil Helsel")
        .contains("Phil Helsel is a reporter for NBC News.");
  }

  @Test
  void aBodyOfCreditsAloneIsKept() {
    assertThat(BodyCredits.separate("By Phil Helsel").body()).isEqualTo("By Phil Helsel");
  }
}
