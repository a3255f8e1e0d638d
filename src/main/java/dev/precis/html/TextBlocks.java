package dev.precis.html;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns elements into plain text the sentence splitter can use: one paragraph per block
 * element (blank lines between), white space inside a block collapsed to single spaces, a
 * {@code <br>} kept as a line break and two in a row as a paragraph break.
 */
final class TextBlocks {
  /** Elements that start and end a paragraph of their own. */
  static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body",
      "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
      "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
      "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
      "th", "thead", "tr", "ul", "caption", "html", "legend", "menu", "option", "select",
      "textarea", "video", "audio", "picture", "iframe");

  private TextBlocks() {}

  /** The text of {@code roots}, in order, skipping subtrees {@code skip} accepts. */
  static String of(List<Element> roots, Predicate<Element> skip) {
    Builder builder = new Builder(skip);
    for (Element root : roots) {
      NodeTraversor.filter(builder, root);
      builder.endBlock();
    }
    return builder.out.toString();
  }

  static String of(Element root) {
    return of(List.of(root), e -> false);
  }

  /** Collects text; a pending space or break is written only before the next visible text. */
  private static final class Builder implements org.jsoup.select.NodeFilter {
    private final Predicate<Element> skip;
    private final StringBuilder out = new StringBuilder();
    /** 0 nothing pending, 1 a space, 2 a line break, 3 a paragraph break. */
    private int pending;
    private int breaksInRow;

    Builder(Predicate<Element> skip) {
      this.skip = skip;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        append(text.getWholeText(), text.parent() != null && text.parent().nameIs("pre"));
      } else if (node instanceof Element element) {
        if (skip.test(element)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
          breaksInRow++;
          pending = Math.max(pending, breaksInRow >= 2 ? 3 : 2);
        } else if (BLOCKS.contains(tag)) {
          endBlock();
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        endBlock();
      }
      return FilterResult.CONTINUE;
    }

    void endBlock() {
      pending = 3;
    }

    private void append(String text, boolean preformatted) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (isSpace(c)) {
          if (preformatted && c == '\n') {
            pending = Math.max(pending, 2);
          } else {
            pending = Math.max(pending, 1);
          }
          continue;
        }
        if (out.length() > 0) {
          out.append(pending == 3 ? "\n\n" : pending == 2 ? "\n" : pending == 1 ? " " : "");
        }
        pending = 0;
        breaksInRow = 0;
        out.append(c);
      }
    }
  }

  /** White space as HTML renders it, plus the no-break and other Unicode spaces. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b';
  }
}
