package dev.precis.format;

/** The output formats every command offers. */
public enum Format {
  TEXT, MARKDOWN, JSON, TSV
}
