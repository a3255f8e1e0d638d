package dev.precis.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One document to process: where it came from (a path, {@code <stdin>}, or
 * {@code path:line} for a JSON Lines record), its text, and for a record its other fields,
 * which are copied to the output (null for plain text input).
 */
public record InputDocument(String source, String text, ObjectNode fields) {}
