package dev.precis.repl;

import dev.precis.core.InputException;
import dev.precis.core.Session;

/** Whether Apertium runs here, for the shell tests that translate. */
final class TranslateCommandTestAccess {
  private TranslateCommandTestAccess() {}

  static boolean apertiumInstalled() {
    try (Session session = new Session()) {
      session.translator("apertium", null).checkAvailable();
      return true;
    } catch (InputException e) {
      return false;
    }
  }
}
