package dev.precis.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * precis's article extractor. It drops what is never article text (scripts, forms, hidden
 * and navigation elements, elements named as comments, adverts, related links and the like),
 * scores every paragraph by its length and commas and credits the score to the paragraph's
 * ancestors, picks the container with the best score discounted by its link density, adds
 * the container's siblings that look like more of the same article, and finally cleans the
 * result of link lists, image grids and other low-text blocks. When a strict pass finds too
 * little text, looser passes (without the name-based removal, then without cleaning) run
 * and one that finds half as much again wins: a page whose markup defeats a heuristic still
 * yields text.
 */
public final class DensityArticleExtractor implements ArticleExtractor {
  public static final String NAME = "precis";
  static final DensityArticleExtractor INSTANCE = new DensityArticleExtractor();

  /**
   * Articles shorter than this (in chars) send the extractor on to a looser pass. Low, since
   * a looser pass on a short news item with a long comment section finds the comments.
   */
  private static final int ENOUGH_TEXT = 200;
  private static final int MIN_PARAGRAPH = 25;
  static final int MAX_DEPTH = 128;
  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript",
      "template", "iframe", "object", "embed", "svg", "canvas", "button", "input", "select",
      "textarea", "nav", "link", "meta", "aside", "footer", "video", "audio", "map", "dialog",
      "menu", "label", "picture", "source", "img", "figcaption");
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td");
  private static final Set<String> DIV_LIKE = Set.of("div", "section", "article", "main");
  private static final Set<String> BLOCK_CHILDREN = Set.of("blockquote", "dl", "div",
      "img", "ol", "p", "pre", "table", "ul", "section", "article", "h1", "h2", "h3", "h4",
      "h5", "h6", "figure", "header", "main");
  private static final Set<String> CLEANED = Set.of("form", "fieldset", "table", "ul", "ol",
      "div", "section", "dl", "figure", "header");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** How much of the page's structure a pass trusts. */
  private enum Pass {
    STRICT(true, true), KEEP_NAMED(false, true), KEEP_ALL(false, false);

    final boolean dropNamedFurniture;
    final boolean clean;

    Pass(boolean dropNamedFurniture, boolean clean) {
      this.dropNamedFurniture = dropNamedFurniture;
      this.clean = clean;
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Article extract(String html) {
    Document page = parse(html);
    String title = PageMetadata.title(page);
    String byline = PageMetadata.byline(page);
    String language = PageMetadata.language(page);
    dropNeverText(page);
    String body = "";
    Pass[] passes = Pass.values();
    Document source = null;
    for (int i = 0; i < passes.length && body.length() < ENOUGH_TEXT; i++) {
      // A pass changes its page; the rare looser passes start again from the source, parsed
      // once for both of them (a parse costs more than a copy).
      if (i == 1) {
        source = dropNeverText(parse(html));
      }
      Document working = i == 0 ? page : i + 1 < passes.length ? source.clone() : source;
      String text = new Run(working, passes[i], title).body();
      // A looser pass must find clearly more text to win: a few more chars are more
      // likely furniture the stricter pass rightly dropped than missed article text.
      if (text.length() > body.length() * 3 / 2) {
        body = text;
      }
    }
    // Bylines and bios go to the byline field, captions and "Read more" lines out of the body.
    BodyCredits.Separated separated = BodyCredits.separate(body);
    return new Article(title, BodyCredits.byline(byline, separated.bylines()), language,
        separated.body());
  }

  /**
   * Parses with elements nested at most {@link #MAX_DEPTH} deep (deeper ones become siblings):
   * jsoup's parse time grows with the depth limit times the number of elements (its default
   * of 512 took 25 s on a million nested divisions), and no page of the development set
   * nests deeper than 52.
   */
  private static Document parse(String html) {
    return Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
  }

  /** Removes what is never article text: code, forms, media, comments, hidden elements. */
  private static Document dropNeverText(Document page) {
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
      if (node instanceof Comment) {
        comments.add(node);
      }
    }, page);
    comments.forEach(Node::remove);
    List<Element> drop = new ArrayList<>();
    for (Element e : page.getAllElements()) {
      if (NEVER_TEXT.contains(e.normalName()) || isHidden(e)) {
        drop.add(e);
      }
    }
    drop.forEach(Element::remove);
    return page;
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** One pass over one copy of the page: the scores live as long as the pass. */
  private static final class Run {
    private final Document page;
    private final Pass pass;
    private final String title;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    /** Subtree facts from one walk; null when jsoup's text walk is unreachable. */
    private SubtreeIndex index;

    Run(Document page, Pass pass, String title) {
      this.page = page;
      this.pass = pass;
      this.title = title == null ? null : normalise(title);
    }

    String body() {
      Element body = page.body();
      if (body == null) {
        return "";
      }
      if (pass.dropNamedFurniture) {
        dropNamedFurniture(body);
      }
      index = SubtreeIndex.of(body);
      scoreParagraphs(body);
      List<Element> content = withSiblings(topCandidate(body));
      if (pass.clean) {
        content.forEach(this::clean);
      }
      dropTitleHeadings(content);
      return TextBlocks.of(content, e -> false);
    }

    private void dropNamedFurniture(Element body) {
      List<Element> drop = new ArrayList<>();
      for (Element e : body.getAllElements()) {
        String tag = e.normalName();
        if (e != body && !tag.equals("a") && !tag.equals("article") && !tag.equals("main")
            && (Hints.isFurniture(e) || tag.equals("header")) && !holdsArticle(e)) {
          drop.add(e);
        }
      }
      drop.forEach(Element::remove);
    }

    /** Elements that wrap the article itself must never go, whatever they are called. */
    private static boolean holdsArticle(Element e) {
      return !e.select("article, [itemprop=articleBody], main").isEmpty()
          || e.select("p").size() >= 5;
    }

    private void scoreParagraphs(Element body) {
      for (Element e : body.getAllElements()) {
        String tag = e.normalName();
        int length;
        int commas;
        Element first;
        if (PARAGRAPHS.contains(tag) || DIV_LIKE.contains(tag) && !hasBlockChild(e)) {
          length = textLength(e);
          commas = commasIn(e);
          // A block of text broken into paragraphs by <br>s is an article body of its own.
          first = DIV_LIKE.contains(tag) && e.getElementsByTag("br").size() >= 2 ? e : e.parent();
        } else if (DIV_LIKE.contains(tag)) {
          String text = e.ownText();
          length = text.length();
          commas = commas(text);
          first = e;
        } else {
          continue;
        }
        if (length < MIN_PARAGRAPH || first == null) {
          continue;
        }
        double score = 1 + commas + Math.min(length / 100, 3);
        Element ancestor = first;
        for (int level = 0; level < 5 && ancestor != null && ancestor != page; level++) {
          double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
          scores.merge(ancestor, score / share, Double::sum);
          ancestor = ancestor.parent();
        }
      }
      // The initial weights go in once per candidate, and the link density discount last.
      scores.replaceAll((e, s) -> (s + initialScore(e)) * (1 - density(e)));
    }

    private double initialScore(Element e) {
      double base = switch (e.normalName()) {
        case "div", "article", "main" -> 5;
        case "pre", "td", "blockquote" -> 3;
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
        case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
        default -> 0;
      };
      if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
        base += 25;
      }
      return base + (pass.dropNamedFurniture ? Hints.weight(e) : 0);
    }

    private Element topCandidate(Element body) {
      Element top = null;
      List<Element> ranked = new ArrayList<>(scores.keySet());
      ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
      if (ranked.isEmpty()) {
        return body;
      }
      top = ranked.get(0);
      double topScore = scores.get(top);
      // Several nearly as good candidates under one ancestor: the article is that ancestor.
      List<Element> rivals = new ArrayList<>();
      for (Element e : ranked.subList(1, Math.min(ranked.size(), 6))) {
        if (scores.get(e) >= 0.75 * topScore) {
          rivals.add(e);
        }
      }
      if (rivals.size() >= 3) {
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body;
            ancestor = ancestor.parent()) {
          int inside = 0;
          for (Element r : rivals) {
            if (isAncestor(ancestor, r)) {
              inside++;
            }
          }
          if (inside >= 3) {
            top = ancestor;
            break;
          }
        }
      }
      // Climb while the parent scores better: the paragraphs may be split over sections.
      double last = scores.getOrDefault(top, 0.0);
      double floor = last / 3;
      for (Element parent = top.parent(); parent != null && parent != body;
          parent = parent.parent()) {
        Double score = scores.get(parent);
        if (score == null) {
          continue;
        }
        if (score < floor) {
          break;
        }
        if (score > last) {
          top = parent;
          break;
        }
        last = score;
      }
      while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
        top = top.parent();
      }
      return top;
    }

    private List<Element> withSiblings(Element top) {
      Element parent = top.parent();
      if (parent == null || top == page.body()) {
        return List.of(top);
      }
      double topScore = scores.getOrDefault(top, 0.0);
      double threshold = Math.max(10, topScore * 0.2);
      List<Element> content = new ArrayList<>();
      for (Element sibling : parent.children()) {
        if (sibling == top) {
          content.add(sibling);
          continue;
        }
        double bonus = !top.className().isEmpty()
            && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
          content.add(sibling);
        } else if (looksLikeParagraph(sibling)) {
          content.add(sibling);
        }
      }
      return content;
    }

    private boolean looksLikeParagraph(Element e) {
      if (!e.normalName().equals("p") && !e.normalName().equals("blockquote")) {
        return false;
      }
      String text = e.text();
      double links = linkDensity(e);
      if (text.length() > 80) {
        return links < 0.25;
      }
      return !text.isEmpty() && links == 0 && (text.endsWith(".") || text.contains(". "));
    }

    /** Removes blocks inside the content that carry links, images or forms, not prose. */
    private void clean(Element root) {
      Elements all = root.getAllElements();
      for (int i = all.size() - 1; i >= 0; i--) { // innermost first
        Element e = all.get(i);
        if (e == root || e.parent() == null || !CLEANED.contains(e.normalName())) {
          continue;
        }
        if (shouldDrop(e)) {
          remove(e);
        }
      }
      for (Element h : root.select("h1, h2, h3, h4, h5, h6")) {
        if (Hints.weight(h) < 0 || density(h) > 0.33) {
          remove(h);
        }
      }
      // A paragraph that is mostly a link is a pointer to another page ("Read more: ..."),
      // not part of this one.
      // Short all-link paragraphs stay: they are citations ("[Source]") inside the text.
      for (Element p : root.select("p, td, li, dd")) {
        boolean cell = !p.normalName().equals("p");
        if ((cell || textLength(p) >= 30) && density(p) > 0.8) {
          remove(p);
        }
      }
    }

    private boolean shouldDrop(Element e) {
      int weight = Hints.weight(e);
      if (weight + scores.getOrDefault(e, 0.0) < 0) {
        return true;
      }
      if (commasIn(e) >= 10) {
        return false;
      }
      String tag = e.normalName();
      boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
      boolean indexed = indexed(e);
      int paragraphs = indexed ? index.paragraphs(e) : e.getElementsByTag("p").size();
      int images = indexed ? index.images(e) : e.getElementsByTag("img").size();
      int inputs = indexed ? index.inputs(e) : e.getElementsByTag("input").size();
      double links = density(e);
      int length = textLength(e);
      if (inputs > paragraphs / 3) {
        return true;
      }
      if (!list && images > 1 && paragraphs < images / 2.0 && !tag.equals("figure")) {
        return true;
      }
      if (!list && length < MIN_PARAGRAPH && links > 0 && headingShare(e) < 0.9) {
        return true;
      }
      if (list && links > 0.5 && length < 500) {
        return true;
      }
      return weight < 25 ? links > 0.2 : links > 0.5;
    }

    /** Whether the index describes {@code e} as it is now. */
    private boolean indexed(Element e) {
      return index != null && index.intact(e);
    }

    private int textLength(Element e) {
      return indexed(e) ? index.textLength(e) : e.text().length();
    }

    private int commasIn(Element e) {
      return indexed(e) ? index.commas(e) : commas(e.text());
    }

    /** {@link #linkDensity}, from the index where it describes {@code e}. */
    private double density(Element e) {
      if (!indexed(e)) {
        return linkDensity(e);
      }
      int total = index.textLength(e);
      return total == 0 ? 0 : Math.min(1, index.linkChars(e) / total);
    }

    private void remove(Element e) {
      if (index != null) {
        index.removed(e);
      }
      e.remove();
    }

    private void dropTitleHeadings(List<Element> content) {
      for (Element root : content) {
        for (Element h : root.select("h1, h2, h3, h4, h5, h6")) {
          if (h.normalName().equals("h1") || title != null && normalise(h.text()).equals(title)) {
            h.remove();
          }
        }
      }
    }

    private double headingShare(Element e) {
      if (indexed(e)) {
        int total = index.textLength(e);
        return total == 0 ? 0 : (double) index.headingChars(e) / total;
      }
      int total = e.text().length();
      if (total == 0) {
        return 0;
      }
      int headings = 0;
      for (Element h : e.select("h1, h2, h3, h4, h5, h6")) {
        headings += h.text().length();
      }
      return (double) headings / total;
    }
  }

  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (BLOCK_CHILDREN.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Share of the element's text inside links; in-page anchors ("#top") count less. */
  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    double links = 0;
    for (Element a : e.select("a")) {
      double weight = a.attr("href").startsWith("#") ? 0.3 : 1;
      links += a.text().length() * weight;
    }
    return Math.min(1, links / total);
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  private static String normalise(String text) {
    return PageMetadata.clean(text).toLowerCase(Locale.ROOT);
  }
}
