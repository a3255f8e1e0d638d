package dev.precis.core;

/**
 * Input precis cannot use: a missing file, undecodable bytes, binary data, a malformed
 * record. {@code source} names where it came from; {@code hint} says what to do, or is null.
 */
public class InputException extends RuntimeException {
  private final String source;
  private final String hint;

  public InputException(String source, String message, String hint) {
    super(message);
    this.source = source;
    this.hint = hint;
  }

  public String source() {
    return source;
  }

  public String hint() {
    return hint;
  }
}
