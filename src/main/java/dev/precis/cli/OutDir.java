package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.format.Format;
import dev.precis.format.Json;
import dev.precis.io.InputDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The folder of {@code batch --out-dir}: one file per document, named after its id (or its
 * file) but made safe (no separators, NUL or control characters, no leading dot, at most
 * {@link #MAX_NAME_BYTES} bytes) and unique within the run ({@code dup}, {@code dup-2}), and
 * an {@link #INDEX} file with one line per document saying which file holds it, or its error.
 */
final class OutDir {
  static final String INDEX = "index.jsonl";
  /** File systems allow 255 bytes; room is left for the "-N" and the extension. */
  static final int MAX_NAME_BYTES = 200;

  private final Path dir;
  private final String extension;
  /** Names taken so far, lower-cased: on a case-insensitive file system Dup and dup clash. */
  private final Set<String> taken = new HashSet<>();

  OutDir(Path dir, Format format) {
    this.dir = dir;
    this.extension = switch (format) {
      case JSON -> ".json";
      case MARKDOWN -> ".md";
      case TSV -> ".tsv";
      default -> ".txt";
    };
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new Output.OutputFileException(dir.toString(), e);
    }
    taken.add(INDEX);
  }

  /** The index file, written whole at the end like any {@code -o} file. */
  Output index() {
    return Output.file(dir.resolve(INDEX));
  }

  /** Writes one document's result to its own file; returns its line for the index. */
  String write(String source, InputDocument document, String text) {
    JsonNode id = document.fields() == null ? null : document.fields().get("id");
    String name = uniqueName(id != null && !id.isNull() ? id.asText()
        : String.valueOf(Path.of(source.replaceAll(":\\d+$", "")).getFileName())
            + (source.matches(".*:\\d+$") ? "-" + source.replaceAll(".*:", "") : ""));
    try (Output file = Output.file(dir.resolve(name))) {
      file.write(text);
      file.commit();
    }
    ObjectNode line = Json.mapper().createObjectNode();
    line.put("source", source);
    if (id != null) {
      line.set("id", id);
    }
    line.put("file", name);
    return Json.line(line);
  }

  private String uniqueName(String wanted) {
    String base = safe(wanted);
    String name = base + extension;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "-" + n + extension;
    }
    return name;
  }

  /** {@code name} with anything a file name must not hold replaced by '_', cut to size. */
  static String safe(String name) {
    StringBuilder safe = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      boolean ok = Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.'
          || cp == '+' || cp == '=' || cp == ',' || cp == '@';
      String piece = ok ? new String(Character.toChars(cp)) : "_";
      bytes += piece.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_NAME_BYTES) {
        break;
      }
      safe.append(piece);
    }
    if (safe.length() == 0 || safe.charAt(0) == '.') {
      safe.insert(0, '_');
    }
    return safe.toString();
  }
}
