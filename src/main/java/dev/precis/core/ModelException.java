package dev.precis.core;

/**
 * A model file precis cannot use: missing or corrupt. {@code source} names the file;
 * {@code hint} says how to rebuild it. Not the user's input, so the exit code is 1.
 */
public class ModelException extends RuntimeException {
  private final String source;
  private final String hint;

  public ModelException(String source, String message, String hint) {
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
