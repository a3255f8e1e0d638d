package dev.precis.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One document to process: where it came from (a path, {@code <stdin>}, or
 * {@code path:line} for a JSON Lines record), its text, for a record its other fields,
 * which are copied to the output (null for plain text input), and whether the text is known
 * to be HTML (a record that gave {@code html} instead of {@code text}).
 */
public record InputDocument(String source, String text, ObjectNode fields, boolean html) {
  /** A document whose kind is not known from how it arrived. */
  public InputDocument(String source, String text, ObjectNode fields) {
    this(source, text, fields, false);
  }
}
