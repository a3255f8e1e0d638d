package dev.precis.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.core.InputException;
import dev.precis.core.Lazy;
import dev.precis.core.TextDecoder;
import dev.precis.format.Json;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
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
    String source = sourceName(path);
    if (UrlFetcher.isUrl(path)) {
      UrlFetcher.Fetched fetched = urls.get().fetch(path, charset);
      sink.accept(new InputDocument(source, fetched.text(), null, fetched.isHtml()));
      return;
    }
    if (!jsonLines) {
      byte[] bytes = bytes(path, source);
      sink.accept(new InputDocument(source, TextDecoder.decode(bytes, charsetOf(bytes), source), null));
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
    }, badRecord);
  }

  /**
   * Hands each non-blank line of {@code path} (JSON Lines, strictly decoded) to {@code sink}
   * with its source name {@code path:line}, unparsed: batch parses them in its workers. A line
   * that cannot be decoded or is over {@link Limits#MAX_LINE_BYTES} goes to {@code badLine}
   * and reading goes on with the next line; a bad file throws.
   */
  public void forEachLine(String path, BiConsumer<String, String> sink,
      Consumer<InputException> badLine) {
    String source = sourceName(path);
    try (InputStream in = open(path)) {
      LineReader lines = new LineReader(in, Limits.MAX_LINE_BYTES, Limits.MAX_SKIP_BYTES);
      int lineNumber = 0;
      for (LineReader.Kind kind = lines.next(); kind != LineReader.Kind.END; kind = lines.next()) {
        lineNumber++;
        String lineSource = source + ":" + lineNumber;
        if (kind == LineReader.Kind.TOO_LONG) {
          boolean goesOn = lines.skippedToEnd();
          badLine.accept(new InputException(lineSource, "line longer than "
              + Limits.megabytes(Limits.MAX_LINE_BYTES) + ", the limit for a JSON Lines record"
              + (goesOn ? "" : "; no line end within " + Limits.megabytes(Limits.MAX_SKIP_BYTES)
                  + " more, so the rest of " + source + " is not read"),
              goesOn ? "split the record's text" : "is this JSON Lines?"));
          if (!goesOn) {
            return;
          }
          continue;
        }
        String line;
        try {
          line = decodeLine(lines.bytes(), lines.length(), lineSource, lineNumber == 1);
        } catch (InputException e) {
          badLine.accept(e);
          continue;
        }
        if (!line.isBlank()) {
          sink.accept(lineSource, line);
        }
      }
    } catch (IOException e) {
      throw readError(source, e);
    }
  }

  private String decodeLine(byte[] bytes, int length, String source, boolean first) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate((int) (length * (double) decoder.maxCharsPerByte()) + 4);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new InputException(source, "invalid " + charset.name() + " at byte " + (in.position() + 1)
          + " of the line", "JSON Lines must be UTF-8; this record is skipped");
    }
    out.flip();
    if (first && out.hasRemaining() && out.charAt(0) == '\uFEFF') {
      out.position(1);
    }
    return out.toString();
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

  /** The name a document from {@code path} goes by: no password of a URL shows. */
  static String sourceName(String path) {
    return STDIN.equals(path) ? STDIN_NAME : UrlFetcher.isUrl(path) ? UrlFetcher.redact(path) : path;
  }

  /**
   * The bytes of one document, read only up to the cap. A plain read loop, not readAllBytes:
   * FileInputStream's asks the file for its size and position, which a pipe such as
   * {@code <(cat file)} cannot tell ("Illegal seek").
   */
  private byte[] bytes(String path, String source) {
    try (InputStream in = open(path)) {
      byte[] bytes = new byte[8192];
      int length = 0;
      while (true) {
        if (length == bytes.length) {
          if (length > Limits.MAX_DOCUMENT_BYTES) {
            throw new InputException(source, "larger than " + Limits.megabytes(Limits.MAX_DOCUMENT_BYTES)
                + ", the limit for one document", "split it into parts");
          }
          bytes = Arrays.copyOf(bytes, Math.min(bytes.length * 2, Limits.MAX_DOCUMENT_BYTES + 1));
        }
        int n = in.read(bytes, length, bytes.length - length);
        if (n < 0) {
          return Arrays.copyOf(bytes, length);
        }
        length += n;
      }
    } catch (IOException e) {
      throw readError(source, e);
    }
  }

  /**
   * The charset to decode {@code bytes} with: a UTF-16 byte-order mark says UTF-16 even when
   * the default UTF-8 was asked for (its zero bytes would otherwise look binary).
   */
  private Charset charsetOf(byte[] bytes) {
    boolean utf16Mark = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    return utf16Mark && charset.equals(StandardCharsets.UTF_8) ? StandardCharsets.UTF_16 : charset;
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
