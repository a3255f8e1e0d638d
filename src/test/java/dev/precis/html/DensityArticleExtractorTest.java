package dev.precis.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Document;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class DensityArticleExtractorTest {
  private final ArticleExtractor extractor = ArticleExtractor.named("precis");
  private final Article article = extractor.extract(SyntheticPages.newsPage());

  @Test
  void findsTitleBylineAndLanguage() {
    assertThat(article.title()).isEqualTo(SyntheticPages.TITLE);
    assertThat(article.byline()).isEqualTo("Mara Ellison");
    assertThat(article.language()).isEqualTo("en-GB");
  }

  @Test
  void keepsEveryArticleParagraphHeadingAndQuote() {
    assertThat(article.body())
        .contains("The council of Port Wendle voted on Tuesday to rebuild the ferry pier")
        .contains("Councillors approved the plan by seven votes to two")
        .contains("A pier at the heart of the town")
        .contains("We owe it to the next generation to keep this harbour open")
        .contains("the decision was the right one for the whole coast, and promised")
        .contains("Construction is expected to take eighteen months");
  }

  @Test
  void dropsNavigationAdsRelatedLinksCommentsFooterScriptsAndHiddenText() {
    assertThat(article.body())
        .doesNotContain("Sport")
        .doesNotContain("cookies")
        .doesNotContain("Advertisement")
        .doesNotContain("Share on social media")
        .doesNotContain("Lighthouse keeper")
        .doesNotContain("About time too")
        .doesNotContain("waste of money")
        .doesNotContain("Seal pup")
        .doesNotContain("Copyright")
        .doesNotContain("tracking code")
        .doesNotContain("font-family")
        .doesNotContain("editors: check")
        .doesNotContain("Hidden teaser")
        .doesNotContain("By Mara Ellison");
  }

  @Test
  void headlineIsNotRepeatedInTheBody() {
    assertThat(article.body()).doesNotContain(SyntheticPages.TITLE);
    assertThat(article.text()).startsWith(SyntheticPages.TITLE + "\n\n");
  }

  @Test
  void blocksBecomeParagraphsSeparatedByBlankLines() {
    Document document = Document.of(article.body());
    List<String> paragraphs = document.paragraphs().stream().map(document::text).toList();
    assertThat(paragraphs).hasSize(7);
    assertThat(paragraphs.get(2)).isEqualTo("A pier at the heart of the town");
    assertThat(paragraphs.get(0)).doesNotContain("\n").doesNotContain("  ")
        .endsWith("ending a year of arguments over its cost.");
  }

  @Test
  void lineBreaksSplitLinesAndDoubleBreaksSplitParagraphs() {
    String html = "<html><body><div class='content'><p>The first line of a poem here,<br>"
        + "the second line of that poem.<br><br>A new stanza starts with this long line, "
        + "and it goes on for a while, past several commas, to be scored.</p></div></body></html>";
    String body = extractor.extract(html).body();
    assertThat(body).isEqualTo("The first line of a poem here,\nthe second line of that poem."
        + "\n\nA new stanza starts with this long line, and it goes on for a while, past "
        + "several commas, to be scored.");
  }

  @Test
  void pageWithoutProseGivesAnEmptyBody() {
    String html = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav>"
        + "<script>var x = 1;</script></body></html>";
    Article empty = extractor.extract(html);
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.body()).isEmpty();
  }

  @Test
  void prefersTheLongArticleOverAShortTeaserBlock() {
    StringBuilder html = new StringBuilder("<html><body><div class='teasers'>");
    for (int i = 0; i < 6; i++) {
      html.append("<div class='teaser'><a href='/t").append(i).append("'>Teaser headline number ")
          .append(i).append(" about some other story</a></div>");
    }
    html.append("</div><div id='story'>");
    for (int i = 0; i < 5; i++) {
      html.append("<p>Paragraph ").append(i).append(" of the main story, which tells readers ")
          .append("what happened, where it happened, and why it matters to them.</p>");
    }
    html.append("</div></body></html>");
    String body = extractor.extract(html.toString()).body();
    assertThat(body).contains("Paragraph 0 of the main story").contains("Paragraph 4")
        .doesNotContain("Teaser headline");
  }

  @Test
  void bodyBaselineKeepsEverythingVisible() {
    String body = ArticleExtractor.named("body").extract(SyntheticPages.newsPage()).body();
    assertThat(body).contains("Port Wendle").contains("Lighthouse keeper").contains("Copyright")
        .doesNotContain("tracking code");
  }

  @Test
  void articleMadeOfBreaksInOneDivIsFoundWithoutTheLinksAroundIt() {
    String html = "<html><body><div id='top'><a href='/'>Home</a> | <a href='/about'>About</a>"
        + "</div><div id='post'>The river rose three metres overnight, forcing dozens of "
        + "families to leave their homes, officials said.<br><br>Volunteers filled sandbags "
        + "through the night, working in shifts, while pumps ran.<br><br>The water will keep "
        + "rising until Friday, the forecasters warned, and perhaps longer.</div>"
        + "<div class='links'><a href='/x'>Contact</a> <a href='/y'>Privacy</a></div></body></html>";
    String body = extractor.extract(html).body();
    assertThat(body).startsWith("The river rose").endsWith("and perhaps longer.")
        .doesNotContain("Home").doesNotContain("Privacy");
    assertThat(Document.of(body).paragraphs()).hasSize(3);
  }

  @Test
  void shortArticleSplitByAnAdvertKeepsBothPartsAndNotTheLongerComments() {
    StringBuilder html = new StringBuilder("<html><body><h1>Town opens a new library</h1>"
        + "<div class='entry-content'><p>The new library opened on Monday, with room for "
        + "forty thousand books, a children's corner, and a cafe.</p></div>"
        + "<div class='ad-container'><p>Sponsored: mattress deals of the year, compared, "
        + "reviewed, and ranked for you.</p></div>"
        + "<div class='entry-content'><p>It will be open every day, from eight in the "
        + "morning, until ten at night, the council said.</p><p>Building it took two years "
        + "and cost less than planned, a rare thing for the town.</p></div><div id='comments'>");
    for (int i = 0; i < 6; i++) {
      html.append("<div class='comment'><p>Reader comment number ").append(i)
          .append(", which goes on, and on, about parking, buses, coffee prices, and the "
              + "council tax, at some length.</p></div>");
    }
    html.append("</div></body></html>");
    String body = extractor.extract(html.toString()).body();
    assertThat(body).contains("The new library opened on Monday")
        .contains("It will be open every day").doesNotContain("Sponsored")
        .doesNotContain("Reader comment");
  }

  @Test
  @Disabled("known failure: an article under 200 chars sends the extractor to its looser "
      + "passes, which keep named comment sections, and the longer result wins")
  void veryShortArticleBesideLongCommentsKeepsOnlyTheArticle() {
    StringBuilder html = new StringBuilder("<html><body><div class='entry-content'><p>The "
        + "ferry will run again from Monday, the operator said.</p></div><div id='comments'>");
    for (int i = 0; i < 6; i++) {
      html.append("<div class='comment'><p>Reader comment number ").append(i)
          .append(", which goes on, and on, about timetables, fares, and parking.</p></div>");
    }
    html.append("</div></body></html>");
    assertThat(extractor.extract(html.toString()).body())
        .isEqualTo("The ferry will run again from Monday, the operator said.");
  }

  @Test
  void layoutTableKeepsTheTextCellAndDropsTheLinkCell() {
    String html = "<table><tr><td>A layout cell holding a long enough article sentence, "
        + "really, it does.<br><br>Another line after a double break, also long enough."
        + "</td><td><a href='/'>Home</a></td></tr></table>";
    assertThat(extractor.extract(html).body()).isEqualTo("A layout cell holding a long "
        + "enough article sentence, really, it does.\n\nAnother line after a double break, "
        + "also long enough.");
  }

  @Test
  void pageWithoutTitleElementTakesItsHeadlineFromTheH1() {
    String html = "<html><body><article><h1>Flood</h1><p>The river rose three metres "
        + "overnight, officials said, and kept rising.</p></article></body></html>";
    Article a = extractor.extract(html);
    assertThat(a.title()).isEqualTo("Flood");
    assertThat(a.body()).isEqualTo("The river rose three metres overnight, officials said, "
        + "and kept rising.");
  }
}
