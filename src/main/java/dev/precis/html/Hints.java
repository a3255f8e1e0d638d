package dev.precis.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id} and {@code role} say about it. The names are
 * cut into words ("relatedPosts", "related-posts" and "related_posts" all give "related",
 * "posts") and each word is compared whole or by prefix with short word lists, so a match
 * means the author named the element for that purpose rather than a chance substring.
 */
final class Hints {
  private static final Pattern WORD_BREAK = Pattern.compile("[^a-z0-9]+");
  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

  /** Words naming page furniture: elements so named are dropped before scoring. */
  private static final Set<String> FURNITURE = Set.of("ad", "ads", "adv", "adunit", "adslot",
      "adwrap", "nav", "navbar", "navigation", "menu", "menus", "header", "masthead", "banner",
      "modal", "gdpr", "pagination", "pager", "popular", "signup", "rss", "skip", "jump",
      "toolbar", "dropdown", "overlay", "offcanvas", "flyout", "ticker", "carousel", "login",
      "sitemap", "topbar", "bottombar", "partners", "disclaimer", "hidden", "sr", "visually");
  private static final String[] FURNITURE_PREFIXES = {"comment", "disqus", "sidebar", "related",
      "share", "sharing", "social", "sponsor", "advert", "newsletter", "subscri", "cookie",
      "breadcrumb", "outbrain", "taboola", "footer", "popup", "promo", "recommend", "trending",
      "follow", "paywall", "newsfeed", "most"};
  /** Words that rescue an element from removal despite a furniture word ("main-header"). */
  private static final Set<String> CONTAINER = Set.of("article", "body", "content", "main",
      "story", "entry", "post", "text", "column");
  /** Words naming things that sit beside the article text rather than in it. */
  private static final Set<String> ASIDE = Set.of("tags", "tag", "widget", "tools", "byline",
      "author", "authors", "meta", "date", "time", "timestamp", "dateline", "caption",
      "credit", "credits", "contact", "foot", "bio", "print", "email", "links", "more",
      "extra", "share", "media", "video", "photo", "gallery", "image", "thumbnail", "card",
      "teaser", "promo", "headline", "kicker", "label", "button", "btn", "icon", "dek",
      "standfirst", "abstract", "subtitle", "strapline");
  /** Words naming the article's own text. */
  private static final Set<String> ARTICLE = Set.of("article", "articlebody", "body",
      "content", "entry", "hentry", "main", "post", "story", "text", "blog", "prose", "copy",
      "richtext", "paragraph", "paragraphs", "storybody", "postbody");
  private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "menu", "menubar",
      "complementary", "dialog", "alertdialog", "banner", "contentinfo", "search", "alert");

  private Hints() {}

  /** The words of the element's class and id names. */
  static String[] words(Element e) {
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return new String[0];
    }
    String split = CAMEL.matcher(names).replaceAll(" ").toLowerCase(Locale.ROOT);
    return WORD_BREAK.split(split.trim());
  }

  /** True for navigation, comments, adverts, related links and the like. */
  static boolean isFurniture(Element e) {
    if (FURNITURE_ROLES.contains(e.attr("role"))) {
      return true;
    }
    // A prefix word ("related-posts", "comment-body") is decisive; a plain furniture word
    // gives way to a container word ("main-header", "content-menu").
    boolean weak = false;
    boolean container = false;
    for (String w : words(e)) {
      if (startsWithAny(w, FURNITURE_PREFIXES)) {
        return true;
      }
      weak |= FURNITURE.contains(w);
      container |= CONTAINER.contains(w);
    }
    return weak && !container;
  }

  /** +25 for a name that says article text, -25 for one that says furniture or aside. */
  static int weight(Element e) {
    int weight = 0;
    boolean positive = false;
    boolean negative = false;
    for (String w : words(e)) {
      positive |= ARTICLE.contains(w) || w.startsWith("article") || w.startsWith("story");
      negative |= ASIDE.contains(w) || FURNITURE.contains(w)
          || startsWithAny(w, FURNITURE_PREFIXES);
    }
    if (positive) {
      weight += 25;
    }
    if (negative) {
      weight -= 25;
    }
    return weight;
  }

  private static boolean startsWithAny(String word, String[] prefixes) {
    for (String p : prefixes) {
      if (word.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
