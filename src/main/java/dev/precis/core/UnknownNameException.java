package dev.precis.core;

import java.util.List;

/** A user named a stage implementation, language or similar that does not exist. */
public final class UnknownNameException extends IllegalArgumentException {
  public UnknownNameException(String what, String name, List<String> known) {
    super("unknown " + what + " '" + name + "' (choose from: " + String.join(", ", known) + ")");
  }
}
