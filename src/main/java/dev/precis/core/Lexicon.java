package dev.precis.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A word list from {@code models/} (shipped in the jar): one entry per line, an optional
 * tab-separated tag after it, {@code #} starts a comment. Immutable once loaded.
 */
public final class Lexicon {
  private final Map<String, String> tags;

  private Lexicon(Map<String, String> tags) {
    this.tags = Map.copyOf(tags);
  }

  /** Loads {@code models/NAME} from the class path. */
  public static Lexicon load(String name) {
    String resource = "dev/precis/models/" + name;
    try {
      return parse(read(resource));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon /" + resource, e);
    }
  }

  /**
   * The bytes of {@code resource}, taken straight from the jar or directory that holds
   * precis' classes: asking the class loader first searches every JDK module for the name,
   * which costs milliseconds per lexicon at start-up. Anywhere else the class loader finds it.
   */
  private static byte[] read(String resource) throws IOException {
    Path home = codeLocation();
    if (home != null && Files.isDirectory(home)) {
      Path file = home.resolve(resource);
      if (Files.isRegularFile(file)) {
        return Files.readAllBytes(file);
      }
    } else if (home != null && Files.isRegularFile(home)) {
      try (ZipFile jar = new ZipFile(home.toFile())) {
        ZipEntry entry = jar.getEntry(resource);
        if (entry != null) {
          try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
          }
        }
      }
    }
    try (InputStream in = Lexicon.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon /" + resource);
      }
      return in.readAllBytes();
    }
  }

  /** The local jar or directory this class was loaded from, or null when there is none. */
  private static Path codeLocation() {
    CodeSource source = Lexicon.class.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location == null || !"file".equals(location.getProtocol())) {
      return null;
    }
    try {
      return Path.of(location.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Parses UTF-8 {@code bytes} line by line. Only the text before a {@code #} is decoded: the
   * lists are mostly comment, and '#', CR and LF never occur inside a multi-byte sequence.
   */
  static Lexicon parse(byte[] bytes) {
    Map<String, String> tags = new HashMap<>();
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      int hash = -1;
      while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
        if (bytes[end] == '#' && hash < 0) {
          hash = end;
        }
        end++;
      }
      int entryEnd = hash >= 0 ? hash : end;
      if (entryEnd > start) {
        add(tags, new String(bytes, start, entryEnd - start, StandardCharsets.UTF_8).strip());
      }
      start = end + 1;
    }
    return new Lexicon(tags);
  }

  /** Adds one line's entry (comment removed, stripped): a word, a tab and a tag after it. */
  private static void add(Map<String, String> tags, String entry) {
    if (entry.isEmpty()) {
      return;
    }
    int tab = entry.indexOf('\t');
    String word = tab >= 0 ? entry.substring(0, tab).strip() : entry;
    String tag = tab >= 0 ? entry.substring(tab + 1).strip() : "";
    tags.put(word, tag);
  }

  public boolean contains(String word) {
    return tags.containsKey(word);
  }

  /** The entry's tag, "" for an untagged entry, or null when absent. */
  public String tag(String word) {
    return tags.get(word);
  }

  public Set<String> words() {
    return tags.keySet();
  }
}
