package dev.precis.core;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into a document's text.
 * Renderers convert to code points where a format promises them.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The text this span covers in {@code text}. */
  public String slice(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
