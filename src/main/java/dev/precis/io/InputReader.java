package dev.precis.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.InputException;
import dev.precis.core.Lazy;
import dev.precis.core.TextDecoder;
import dev.precis.format.Json;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads the inputs a command was given: files, URLs, or standard input for {@code -}; whole
 * documents, or JSON Lines records with a {@code text} (or {@code html}) field, streamed one
 * at a time so a corpus of any size runs in bounded memory.
 */
public final class InputReader {
  public static final String STDIN = "-";
  public static final String STDIN_NAME = "<stdin>";

  private final InputStream stdin;
  private final Charset charset;
  private final boolean jsonLines;
  /** A subclass, not Lazy.of(UrlFetcher::new): most runs read no URL, see Lazy. */
  private final Lazy<UrlFetcher> urls = new Lazy<>() {
    @Override
    protected UrlFetcher compute() {
      return new UrlFetcher();
    }
  };

  public InputReader(InputStream stdin, Charset charset, boolean jsonLines) {
    this.stdin = stdin;
    this.charset = charset;
    this.jsonLines = jsonLines;
  }

  /**
   * Hands each document of {@code path} to {@code sink}. A bad file throws; a bad record
   * goes to {@code badRecord} and reading goes on with the next line.
   */
  public void read(String path, Consumer<InputDocument> sink, Consumer<InputException> badRecord) {
    String source = STDIN.equals(path) ? STDIN_NAME : path;
    if (UrlFetcher.isUrl(path)) {
      UrlFetcher.Fetched fetched = urls.get().fetch(path, charset);
      sink.accept(new InputDocument(source, fetched.text(), null, fetched.isHtml()));
      return;
    }
    if (!jsonLines) {
      sink.accept(new InputDocument(source, TextDecoder.decode(bytes(path), charset, source), null));
      return;
    }
    forEachLine(path, (lineSource, line) -> {
      InputDocument record;
      try {
        record = record(lineSource, line);
      } catch (InputException e) {
        badRecord.accept(e);
        return;
      }
      sink.accept(record);
    });
  }

  /**
   * Hands each non-blank line of {@code path} (JSON Lines, strictly decoded) to {@code sink}
   * with its source name {@code path:line}, unparsed: batch parses them in its workers.
   */
  public void forEachLine(String path, BiConsumer<String, String> sink) {
    String source = STDIN.equals(path) ? STDIN_NAME : path;
    try (InputStream in = open(path);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
      int lineNumber = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (!line.isBlank()) {
          sink.accept(source + ":" + lineNumber, line);
        }
      }
    } catch (CharacterCodingException e) {
      throw new InputException(source, "invalid " + charset.name() + " in JSON Lines input",
          "JSON Lines must be UTF-8");
    } catch (IOException e) {
      throw readError(source, e);
    }
  }

  /**
   * Parses one JSON Lines record: an object with a string {@code text}, or else a string
   * {@code html} (a page, kept as the document's text and marked as HTML).
   */
  public static InputDocument record(String source, String line) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputException(source, "malformed JSON: " + e.getOriginalMessage(),
          "each line must be one JSON object");
    }
    boolean html = !node.path("text").isTextual() && node.path("html").isTextual();
    if (!(node instanceof ObjectNode object) || !node.path("text").isTextual() && !html) {
      throw new InputException(source, "record has no string field \"text\" or \"html\"",
          "each line must be an object such as {\"id\": 1, \"text\": \"...\"}");
    }
    String field = html ? "html" : "text";
    String text = object.get(field).asText();
    object.remove(field); // the parsed tree is ours: the rest are the record's own fields
    return new InputDocument(source, text, object, html);
  }

  private byte[] bytes(String path) {
    try (InputStream in = open(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw readError(STDIN.equals(path) ? STDIN_NAME : path, e);
    }
  }

  private InputStream open(String path) throws IOException {
    if (STDIN.equals(path)) {
      return new NonClosingInputStream(stdin);
    }
    Path file = Path.of(path);
    if (Files.isDirectory(file)) {
      throw new InputException(path, "is a directory", "give the files inside it");
    }
    // Not Files.newInputStream: its channels load a native library (a millisecond of a
    // short run). When the plain stream fails, NIO's typed exception says why.
    try {
      return new FileInputStream(file.toFile());
    } catch (FileNotFoundException e) {
      return Files.newInputStream(file);
    }
  }

  private static InputException readError(String source, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new InputException(source, "no such file", null);
    }
    if (e instanceof AccessDeniedException) {
      return new InputException(source, "permission denied", null);
    }
    return new InputException(source, "cannot read: " + e.getMessage(), null);
  }

  /** Standard input belongs to the caller: reading it to the end must not close it. */
  private static final class NonClosingInputStream extends java.io.FilterInputStream {
    NonClosingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
