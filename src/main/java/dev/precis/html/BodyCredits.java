package dev.precis.html;

import dev.precis.core.kinds.RuleSentenceClassifier;
import dev.precis.core.kinds.SentenceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes out of an extracted body the blocks that are about the article rather than of it:
 * bylines and author bios (kept, for the byline field), image captions and credits, and
 * "Read more" / "Related" lines (dropped). A block is judged whole, by the sentence
 * classifier's rules for a paragraph that stands alone.
 */
final class BodyCredits {
  /** Blocks longer than this are article text whatever they look like. */
  private static final int MAX_CHARS = 400;

  /** The body without such blocks, and the byline and bio blocks found, in order. */
  record Separated(String body, List<String> bylines) {}

  private BodyCredits() {}

  static Separated separate(String body) {
    String[] blocks = body.split("\n\n");
    StringBuilder kept = new StringBuilder(body.length());
    List<String> bylines = new ArrayList<>();
    for (String block : blocks) {
      SentenceKind kind = block.length() > MAX_CHARS || block.isBlank() ? SentenceKind.SENTENCE
          : RuleSentenceClassifier.paragraphKind(block.strip());
      if (kind == SentenceKind.BYLINE) {
        bylines.add(block.strip());
      } else if (kind != SentenceKind.CAPTION && !isPointer(kind, block)) {
        if (kept.length() > 0) {
          kept.append("\n\n");
        }
        kept.append(block);
      }
    }
    // Nothing but credits: keep the page's text rather than return an empty article.
    return kept.length() == 0 ? new Separated(body, List.of()) : new Separated(kept.toString(), bylines);
  }

  /** "Read more: ...", "Related: ...", "Leggi anche", "Comments": page furniture. */
  private static boolean isPointer(SentenceKind kind, String block) {
    return kind == SentenceKind.FURNITURE;
  }

  /** The byline to report: the page's own when it names one, else the first byline block. */
  static String byline(String fromMetadata, List<String> bylines) {
    if (bylines.isEmpty()) {
      return fromMetadata;
    }
    String first = bylines.get(0).replaceFirst("^(?i)(?:by|written by|words by|story by)\\s+", "");
    if (fromMetadata == null) {
      return String.join(" | ", withFirst(first, bylines));
    }
    List<String> rest = new ArrayList<>();
    for (String b : bylines) {
      // "By Anna Menin" when the page's metadata already says "Anna Menin".
      String name = b.replaceFirst("^(?i)(?:by|written by|words by|story by)\\s+", "");
      if (!name.equalsIgnoreCase(fromMetadata)) {
        rest.add(b);
      }
    }
    rest.add(0, fromMetadata);
    return String.join(" | ", rest);
  }

  private static List<String> withFirst(String first, List<String> bylines) {
    List<String> all = new ArrayList<>(bylines);
    all.set(0, first);
    return all;
  }
}
