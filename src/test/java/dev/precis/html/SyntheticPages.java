package dev.precis.html;

/**
 * Hand-written HTML pages for the extraction tests: a news article wrapped in the furniture
 * real sites put around one (navigation, adverts, related links, comments, footer, scripts).
 * All text is invented for these tests.
 */
public final class SyntheticPages {
  private SyntheticPages() {}

  public static final String TITLE = "Harbour town votes to rebuild its old ferry pier";

  /** A complete page with one article and plenty of boilerplate around it. */
  public static String newsPage() {
    return """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Harbour town votes to rebuild its old ferry pier | The Coastal Ledger</title>
          <meta property="og:title" content="Harbour town votes to rebuild its old ferry pier">
          <meta name="author" content="Mara Ellison">
          <style>body { font-family: serif; } .ad { display: block; }</style>
          <script>window.analytics = { track: function () { return "tracking code"; } };</script>
        </head>
        <body>
          <header class="site-header">
            <a href="/">The Coastal Ledger</a>
            <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
              <li><a href="/weather">Weather</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
          </header>
          <div class="cookie-banner">We use cookies to improve your reading experience here.</div>
          <div id="page">
            <main>
              <article class="story">
                <h1>Harbour town votes to rebuild its old ferry pier</h1>
                <div class="byline">By <a rel="author" href="/staff/mara">Mara Ellison</a></div>
                <div class="article-body">
                  <p>The council of Port Wendle voted on Tuesday to rebuild the ferry pier that
                    storms damaged last winter, ending a year of arguments over its cost.</p>
                  <p>Councillors approved the plan by seven votes to two, after engineers said
                    the timber piles could no longer carry the weight of a loaded ferry.</p>
                  <!-- editors: check the vote count with the clerk before publishing -->
                  <div class="ad-slot advert">Advertisement: Buy discounted sea kayaks today</div>
                  <h2>A pier at the heart of the town</h2>
                  <p>Fishermen, traders and families have crossed the pier for more than a
                    century, and many residents said the town felt cut off without it.</p>
                  <blockquote>We owe it to the next generation to keep this harbour open,
                    whatever the price of the work turns out to be.</blockquote>
                  <p>The mayor, Ida Brannock, said the decision was <q>the right one for the
                    whole coast</q>, and promised that work would begin before the summer.</p>
                  <p style="display:none">Hidden teaser text that no reader ever sees here.</p>
                  <p>Construction is expected to take eighteen months, with the first ferries
                    returning to the new pier in the autumn of next year.</p>
                </div>
                <div class="share-tools"><a href="#">Share on social media</a>
                  <a href="#">Email this story</a></div>
              </article>
              <section class="related-stories">
                <h3>Related stories</h3>
                <ul>
                  <li><a href="/a">Lighthouse keeper retires after forty years</a></li>
                  <li><a href="/b">Storm damage bill rises again for coastal towns</a></li>
                  <li><a href="/c">New ferry timetable announced for the islands</a></li>
                </ul>
              </section>
              <section id="comments" class="comments">
                <h3>Comments</h3>
                <div class="comment"><p>About time too, the old pier has been a danger for
                  years and everybody in town knew it.</p></div>
                <div class="comment"><p>What a waste of money, they should have spent it on
                  the roads instead of on a pier nobody uses.</p></div>
              </section>
            </main>
            <aside class="sidebar"><h3>Most read</h3><ol>
              <li><a href="/x">Seal pup rescued from fishing net</a></li>
              <li><a href="/y">Bakery wins regional pie contest</a></li></ol></aside>
          </div>
          <footer><p>Copyright The Coastal Ledger. All rights reserved.</p>
            <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
          <script>document.write("more tracking code");</script>
        </body>
        </html>
        """;
  }
}
