package dev.precis.html;

import java.lang.reflect.Constructor;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What the extractor asks of every element's subtree (the length of its text, its commas,
 * how many paragraphs, images and inputs it holds, how much of its text is in links or
 * headings), found for all elements by one walk of the page instead of one walk per element:
 * on a deeply nested page the per-element walks took time in the square of the depth.
 *
 * <p>The walk runs jsoup's own text accumulator, so an element's text is exactly what
 * {@link Element#text()} returns: the accumulated text between the element's start and end,
 * trimmed (before the element's first character only whitespace can differ, and it is
 * trimmed). An element with a removed element inside is no longer described: {@link #intact}
 * says so and the caller asks jsoup.
 */
final class SubtreeIndex {
  private static final Constructor<?> ACCUMULATOR = accumulator();

  private final Map<Element, Facts> facts = new IdentityHashMap<>();
  private final TreeSet<Integer> removed = new TreeSet<>();
  private final StringBuilder text = new StringBuilder();

  /** Per element: its place in the walk, and running counts at its start and its end. */
  private static final class Facts {
    int order;
    int last;
    int textStart;
    int textEnd;
    long[] atStart;
    long[] atEnd;
  }

  private static final int COMMAS = 0;
  private static final int PARAGRAPHS = 1;
  private static final int IMAGES = 2;
  private static final int INPUTS = 3;
  private static final int LINK_CHARS = 4;
  private static final int ANCHOR_LINK_CHARS = 5;
  private static final int HEADING_CHARS = 6;

  private SubtreeIndex() {}

  /** The index of {@code root}'s subtree, or null when jsoup's accumulator is unreachable. */
  static SubtreeIndex of(Element root) {
    if (ACCUMULATOR == null) {
      return null;
    }
    SubtreeIndex index = new SubtreeIndex();
    NodeVisitor accumulator;
    try {
      accumulator = (NodeVisitor) ACCUMULATOR.newInstance(index.text);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
    long[] counts = new long[7];
    int[] order = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          Facts f = new Facts();
          f.order = order[0]++;
          f.textStart = index.text.length();
          switch (e.normalName()) {
            case "p" -> counts[PARAGRAPHS]++;
            case "img" -> counts[IMAGES]++;
            case "input" -> counts[INPUTS]++;
            default -> { }
          }
          f.atStart = counts.clone();
          index.facts.put(e, f);
        }
        int from = index.text.length();
        accumulator.head(node, depth);
        counts[COMMAS] += commas(index.text, from);
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          Facts f = index.facts.get(e);
          f.textEnd = index.text.length();
          f.last = order[0] - 1;
          int length = index.trimmedLength(f.textStart, f.textEnd);
          String tag = e.normalName();
          if (tag.equals("a")) {
            counts[e.attr("href").startsWith("#") ? ANCHOR_LINK_CHARS : LINK_CHARS] += length;
          } else if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1'
              && tag.charAt(1) <= '6') {
            counts[HEADING_CHARS] += length;
          }
          f.atEnd = counts.clone();
        }
        int from = index.text.length();
        accumulator.tail(node, depth);
        counts[COMMAS] += commas(index.text, from);
      }
    }, root);
    return index;
  }

  /** Whether {@code e} was indexed and nothing inside it has been removed since. */
  boolean intact(Element e) {
    Facts f = facts.get(e);
    if (f == null) {
      return false;
    }
    Integer inside = removed.ceiling(f.order + 1);
    return inside == null || inside > f.last;
  }

  /** Records that {@code e} left the page: the elements around it are no longer described. */
  void removed(Element e) {
    Facts f = facts.get(e);
    if (f != null) {
      removed.add(f.order);
    }
  }

  /** The length of {@code e.text()}; only for an {@link #intact} element. */
  int textLength(Element e) {
    Facts f = facts.get(e);
    return trimmedLength(f.textStart, f.textEnd);
  }

  int commas(Element e) {
    return (int) count(e, COMMAS);
  }

  int paragraphs(Element e) {
    return (int) count(e, PARAGRAPHS);
  }

  int images(Element e) {
    return (int) count(e, IMAGES);
  }

  int inputs(Element e) {
    return (int) count(e, INPUTS);
  }

  /** Characters of link text, in-page anchors ("#top") counted at 0.3. */
  double linkChars(Element e) {
    return count(e, LINK_CHARS) + 0.3 * count(e, ANCHOR_LINK_CHARS);
  }

  long headingChars(Element e) {
    return count(e, HEADING_CHARS);
  }

  private long count(Element e, int what) {
    Facts f = facts.get(e);
    long self = 0;
    // the element's own tag is counted at its start, as getElementsByTag counts the element
    if (what == PARAGRAPHS || what == IMAGES || what == INPUTS) {
      String tag = e.normalName();
      boolean counted = what == PARAGRAPHS && tag.equals("p") || what == IMAGES && tag.equals("img")
          || what == INPUTS && tag.equals("input");
      self = counted ? 1 : 0;
    }
    return f.atEnd[what] - f.atStart[what] + self;
  }

  private int trimmedLength(int start, int end) {
    while (start < end && text.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) <= ' ') {
      end--;
    }
    return end - start;
  }

  private static int commas(CharSequence s, int from) {
    int n = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  private static Constructor<?> accumulator() {
    try {
      Constructor<?> c = Class.forName("org.jsoup.nodes.Element$TextAccumulator")
          .getDeclaredConstructor(StringBuilder.class);
      c.setAccessible(true);
      return NodeVisitor.class.isAssignableFrom(c.getDeclaringClass()) ? c : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // another jsoup: the extractor asks each element, as before
    }
  }
}
