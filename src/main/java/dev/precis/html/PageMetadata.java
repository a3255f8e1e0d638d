package dev.precis.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's title, byline and language, from the places publishers put them: Open Graph and
 * author meta tags, schema.org JSON-LD, the {@code <h1>}, {@code rel=author} links and
 * elements classed as a byline. Read before boilerplate removal, which drops most of them.
 */
final class PageMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Separators sites put between an article title and their own name in {@code <title>}. */
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+(?:[|\\-–—:·»]|::)\\s+");
  private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(?:written\\s+)?by[:\\s]+");
  private static final int MAX_BYLINE = 100;

  private PageMetadata() {}

  static String language(Document page) {
    Element html = page.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").trim();
    return lang.isEmpty() ? null : lang;
  }

  /**
   * The headline: an {@code <h1>} the page's title agrees with, else the declared or the
   * cleaned document title, else the first {@code <h1>}.
   */
  static String title(Document page) {
    String declared = firstNonBlank(meta(page, "og:title"), meta(page, "twitter:title"),
        jsonLd(page, "headline").stream().findFirst().orElse(null));
    String documentTitle = clean(page.title());
    for (Element h1 : page.select("h1")) {
      String text = clean(h1.text());
      if (text.length() >= 10 && (contains(declared, text) || contains(documentTitle, text))) {
        return text;
      }
    }
    if (declared != null) {
      return declared;
    }
    if (!documentTitle.isEmpty()) {
      return withoutSiteName(documentTitle);
    }
    Element h1 = page.selectFirst("h1");
    String headline = h1 == null ? "" : clean(h1.text());
    return headline.isEmpty() ? null : headline;
  }

  /** Who wrote the article, without a leading "By"; null when the page does not say. */
  static String byline(Document page) {
    Set<String> names = new LinkedHashSet<>(jsonLd(page, "author"));
    if (names.isEmpty()) {
      String author = meta(page, "author");
      if (author != null && !author.contains("://") && !author.contains("@")) {
        names.add(author);
      }
    }
    if (names.isEmpty()) {
      // Byline boxes often hold the date and links too; the first element that holds a
      // name and nothing else (no digits, a few words) is the byline.
      for (Element e : page.select("[rel=author], [itemprop=author], [class*=byline], "
          + "[class*=author], [class*=Author]")) {
        String text = BY_PREFIX.matcher(clean(e.text())).replaceFirst("");
        if (text.length() >= 3 && text.length() <= 60 && !text.matches(".*\\d.*")
            && text.split(" ").length <= 8) {
          names.add(text);
          break;
        }
      }
    }
    List<String> cleaned = new ArrayList<>();
    for (String name : names) {
      String c = BY_PREFIX.matcher(clean(name)).replaceFirst("");
      if (!c.isEmpty() && c.length() <= MAX_BYLINE && !c.contains("://")) {
        cleaned.add(c);
      }
    }
    return cleaned.isEmpty() ? null : String.join(", ", cleaned);
  }

  private static String withoutSiteName(String title) {
    String[] parts = SITE_SUFFIX.split(title);
    if (parts.length < 2) {
      return title;
    }
    // The article's own title is the longest part; the site's name is short.
    String longest = parts[0];
    for (String part : parts) {
      if (part.length() > longest.length()) {
        longest = part;
      }
    }
    return longest.split("\\s+").length >= 3 ? longest : title;
  }

  private static String meta(Document page, String name) {
    for (Element meta : page.select("meta[property=" + name + "], meta[name=" + name + "]")) {
      String content = clean(meta.attr("content"));
      if (!content.isEmpty()) {
        return content;
      }
    }
    return null;
  }

  /** The string values of {@code field} in the page's schema.org JSON-LD objects. */
  private static List<String> jsonLd(Document page, String field) {
    List<String> values = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(script.data()), field, values, 0);
      } catch (java.io.IOException | RuntimeException e) {
        // Broken JSON-LD is common; the other sources still apply.
      }
    }
    return values;
  }

  private static void collect(JsonNode node, String field, List<String> values, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, field, values, depth + 1));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode value = node.get(field);
    if (value != null) {
      addNames(value, values);
    }
    collect(node.get("@graph"), field, values, depth + 1);
  }

  private static void addNames(JsonNode value, List<String> values) {
    if (value.isTextual() && !value.asText().isBlank()) {
      values.add(clean(value.asText()));
    } else if (value.isArray()) {
      value.forEach(v -> addNames(v, values));
    } else if (value.isObject() && value.has("name")) {
      addNames(value.get("name"), values);
    }
  }

  private static boolean contains(String haystack, String needle) {
    return haystack != null
        && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  static String clean(String text) {
    return text == null ? "" : text.replaceAll("[\\s\\u00a0\\u200b]+", " ").trim();
  }
}
