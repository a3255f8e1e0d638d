package dev.precis.spark;

import java.io.Serializable;

/**
 * One input document before it is parsed, as it travels to an executor: a JSON Lines record
 * ({@code json}) or a whole file's bytes ({@code bytes}), with its source name.
 */
record RawRecord(String source, String json, byte[] bytes) implements Serializable {
  static RawRecord ofJson(String source, String json) {
    return new RawRecord(source, json, null);
  }

  static RawRecord ofFile(String source, byte[] bytes) {
    return new RawRecord(source, null, bytes);
  }
}
