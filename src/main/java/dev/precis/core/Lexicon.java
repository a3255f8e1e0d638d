package dev.precis.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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
    String resource = "/dev/precis/models/" + name;
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }

  static Lexicon parse(BufferedReader reader) throws IOException {
    Map<String, String> tags = new HashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int hash = line.indexOf('#');
      String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (entry.isEmpty()) {
        continue;
      }
      int tab = entry.indexOf('\t');
      String word = tab >= 0 ? entry.substring(0, tab).strip() : entry;
      String tag = tab >= 0 ? entry.substring(tab + 1).strip() : "";
      tags.put(word, tag);
    }
    return new Lexicon(tags);
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
