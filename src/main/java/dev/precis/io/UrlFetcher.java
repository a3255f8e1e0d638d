package dev.precis.io;

import dev.precis.core.InputException;
import dev.precis.core.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches a document over HTTP(S) with the JDK client: redirects followed, timeouts, a size
 * limit, and the charset taken from the Content-Type header or, for HTML, the meta tag.
 */
public final class UrlFetcher {
  /** A fetched document: its text and media type ("text/html", "text/plain", ...). */
  public record Fetched(String text, String mediaType) {
    public boolean isHtml() {
      return mediaType.contains("html");
    }
  }

  public static final long MAX_BYTES = 20L << 20;
  // In seconds, not Durations, and the pattern in a holder: isUrl runs for every input, and
  // initialising this class must cost a file nothing (the pattern alone takes milliseconds).
  private static final long CONNECT_TIMEOUT_SECONDS = 10;
  private static final long REQUEST_TIMEOUT_SECONDS = 30;

  private static final class MetaCharset {
    static final Pattern PATTERN = Pattern.compile(
        "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
  }

  private final HttpClient client;

  public UrlFetcher() {
    this.client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(CONNECT_TIMEOUT_SECONDS))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  public static boolean isUrl(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** The document at {@code url}; {@code fallback} decodes it when nothing names a charset. */
  public Fetched fetch(String url, Charset fallback) {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(REQUEST_TIMEOUT_SECONDS))
          .header("User-Agent", "precis (command-line news text tool)")
          .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5").build();
    } catch (IllegalArgumentException e) {
      throw new InputException(url, "not a valid URL", null);
    }
    HttpResponse<InputStream> response = send(url, request);
    if (response.statusCode() >= 400) {
      throw new InputException(url, "HTTP " + response.statusCode(), null);
    }
    byte[] body = readLimited(url, response.body());
    String contentType = response.headers().firstValue("Content-Type").orElse("text/plain");
    String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    Charset charset = charset(contentType, body, mediaType.contains("html"), fallback);
    return new Fetched(TextDecoder.decode(body, charset, url), mediaType);
  }

  private HttpResponse<InputStream> send(String url, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new InputException(url, "timed out", "try again later");
    } catch (ConnectException e) {
      throw new InputException(url, "cannot connect", "check the address and your network");
    } catch (IOException e) {
      throw new InputException(url, "cannot fetch: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(url, "interrupted", null);
    }
  }

  private static byte[] readLimited(String url, InputStream in) {
    try (in) {
      byte[] body = in.readNBytes((int) MAX_BYTES + 1);
      if (body.length > MAX_BYTES) {
        throw new InputException(url, "larger than " + (MAX_BYTES >> 20) + " MB",
            "save it and pass the file");
      }
      return body;
    } catch (IOException e) {
      throw new InputException(url, "cannot read the response: " + e.getMessage(), null);
    }
  }

  private static Charset charset(String contentType, byte[] body, boolean html, Charset fallback) {
    Matcher header = Pattern.compile("(?i)charset\\s*=\\s*\"?([^;\"\\s]+)").matcher(contentType);
    String name = header.find() ? header.group(1) : null;
    if (name == null && html) {
      String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher meta = MetaCharset.PATTERN.matcher(head);
      name = meta.find() ? meta.group(1) : null;
    }
    if (name == null) {
      return fallback;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return fallback;
    }
  }
}
