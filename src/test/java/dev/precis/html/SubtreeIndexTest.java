package dev.precis.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The index answers what jsoup answers element by element: the oracle is jsoup itself, on a
 * synthetic page and on the development pages when ../shared is present.
 */
class SubtreeIndexTest {

  @Test
  void agreesWithJsoupOnEveryElementOfASyntheticPage() {
    assertAgrees(Jsoup.parse(SyntheticPages.newsPage()), 1);
    assertAgrees(Jsoup.parse("<body><div>a<div></div>b<pre>  x\n y </pre><span> c ,</span>"
        + "<br>d<p>e, f</p> <a href='#t'>top</a><a href=/x>link, </a><h2> Head </h2>"
        + "<table><tr><td>1</td><td>2,</td></tr></table>\u00A0<img><input></div></body>"), 1);
  }

  @Test
  void agreesWithJsoupOnTheDevelopmentPages() throws IOException {
    Path pages = Path.of("..", "shared", "data", "html", "aeb-dev.jsonl");
    Assumptions.assumeTrue(Files.isRegularFile(pages), "../shared data not present");
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(pages)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        // every 10th element: asking jsoup of each one takes a minute
        assertAgrees(Jsoup.parse(json.readTree(line).get("html").asText()), 10);
      }
    }
  }

  @Test
  void anElementWithARemovedDescendantIsNoLongerDescribed() {
    Document page = Jsoup.parse("<body><div id=a><div id=b><p>x</p></div><p id=c>y</p></div></body>");
    SubtreeIndex index = SubtreeIndex.of(page.body());
    Element b = page.getElementById("b");
    index.removed(b);
    b.remove();
    assertThat(index.intact(page.getElementById("a"))).isFalse();
    assertThat(index.intact(page.body())).isFalse();
    assertThat(index.intact(page.getElementById("c"))).isTrue();
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void halfAMillionNestedDivisionsAreExtractedInLinearTime() {
    // jsoup nested 512 deep (now 128) and put the rest side by side; every element then asked
    // for its subtree's text, links and paragraphs: 43 s for 200k levels before the index
    int levels = 500_000;
    String html = "<html><body>" + "<div>".repeat(levels)
        + "<p>The council voted on Tuesday to rebuild the pier, which storms wrecked in March.</p>"
        + "</div>".repeat(levels) + "</body></html>";
    Article article = ArticleExtractor.named("precis").extract(html);
    assertThat(article.body()).contains("The council voted on Tuesday to rebuild the pier");
  }

  private static void assertAgrees(Document page, int every) {
    Element body = page.body();
    SubtreeIndex index = SubtreeIndex.of(body);
    assertThat(index).isNotNull();
    List<Element> elements = body.getAllElements();
    for (int i = 0; i < elements.size(); i += every) {
      Element e = elements.get(i);
      String text = e.text();
      assertThat(index.intact(e)).isTrue();
      assertThat(index.textLength(e)).as(e.cssSelector()).isEqualTo(text.length());
      int commas = 0;
      for (char c : text.toCharArray()) {
        commas += c == ',' || c == '，' || c == '、' || c == '،' ? 1 : 0;
      }
      assertThat(index.commas(e)).as(e.cssSelector()).isEqualTo(commas);
      assertThat(index.paragraphs(e)).isEqualTo(e.getElementsByTag("p").size());
      assertThat(index.images(e)).isEqualTo(e.getElementsByTag("img").size());
      assertThat(index.inputs(e)).isEqualTo(e.getElementsByTag("input").size());
      double links = 0;
      for (Element a : e.select("a")) {
        links += a.text().length() * (a.attr("href").startsWith("#") ? 0.3 : 1);
      }
      assertThat(index.linkChars(e)).isCloseTo(links, within(1e-9));
      long headings = 0;
      for (Element h : e.select("h1, h2, h3, h4, h5, h6")) {
        headings += h.text().length();
      }
      assertThat(index.headingChars(e)).isEqualTo(headings);
    }
  }
}
