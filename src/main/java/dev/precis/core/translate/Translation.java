package dev.precis.core.translate;

import java.util.List;
import java.util.Set;

/**
 * The translations of one document's strings, aligned with them, and how they were made:
 * source language (given or detected, with the detector's confidence, NaN when given), target
 * language, backend and pair, and whether the text was already in the target language and
 * so passed through unchanged.
 */
public record Translation(String from, double confidence, String to, String translator,
    String pair, boolean passedThrough, List<String> texts, Set<String> protectedNames) {
  public Translation {
    texts = List.copyOf(texts);
    protectedNames = Set.copyOf(protectedNames);
  }
}
