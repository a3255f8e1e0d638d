package dev.precis.format;

/**
 * Converts UTF-16 char offsets to Unicode code point offsets, which is what Python's
 * {@code str} and jq index by. Text without surrogate pairs (most text) needs no table.
 */
final class CodePoints {
  private final int[] codePointAt;

  CodePoints(String text) {
    boolean hasSurrogates = false;
    for (int i = 0; i < text.length() && !hasSurrogates; i++) {
      hasSurrogates = Character.isSurrogate(text.charAt(i));
    }
    if (!hasSurrogates) {
      codePointAt = null;
      return;
    }
    codePointAt = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      codePointAt[i] = cp;
      if (!Character.isLowSurrogate(text.charAt(i)) || i == 0
          || !Character.isHighSurrogate(text.charAt(i - 1))) {
        cp++;
      }
    }
    codePointAt[text.length()] = cp;
  }

  int of(int charOffset) {
    return codePointAt == null ? charOffset : codePointAt[charOffset];
  }
}
