package dev.precis.core.split;

import dev.precis.core.Document;
import dev.precis.core.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shared fixtures for splitter tests: one session for the whole suite, the seed article. */
final class Splitters {
  static final Session SESSION = new Session();

  private Splitters() {}

  static String seedArticle() {
    try {
      return Files.readString(Path.of("examples", "kazakhstan-eu-call.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> sentences(String splitter, String text) {
    Document doc = SESSION.splitter(splitter).apply(Document.of(text));
    return doc.sentences().stream().map(doc::text).toList();
  }
}
