package dev.precis.core.kinds;

import dev.precis.core.Document;
import java.util.List;

/**
 * Tells story sentences from the rest of a page (headings, bylines, captions, furniture, ...).
 * Implementations are thread-safe and deterministic.
 */
public interface SentenceClassifier {

  /** The name this classifier is known by. */
  String name();

  /** One kind per sentence of {@code document}, in order. */
  List<SentenceKind> classify(Document document);

  /** {@code document} with its sentence kinds added. */
  default Document apply(Document document) {
    return document.withKinds(classify(document));
  }
}
