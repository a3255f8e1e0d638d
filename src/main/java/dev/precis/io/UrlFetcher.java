package dev.precis.io;

import dev.precis.core.InputException;
import dev.precis.core.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

  /** Redirects followed before giving up (the JDK client stops silently at 5). */
  static final int MAX_REDIRECTS = 10;

  private final HttpClient client;
  private final Duration deadline;

  public UrlFetcher() {
    this(Duration.ofSeconds(REQUEST_TIMEOUT_SECONDS));
  }

  /** A fetcher whose whole fetch, body included, ends within {@code deadline}. */
  public UrlFetcher(Duration deadline) {
    this.deadline = deadline;
    this.client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(Math.min(CONNECT_TIMEOUT_SECONDS, deadline.toSeconds() + 1)))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public static boolean isUrl(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** {@code url} with any user name and password replaced by {@code ***}, fit for messages. */
  public static String redact(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return url;
    }
    int hostStart = scheme + 3;
    int pathStart = hostStart;
    while (pathStart < url.length() && "/?#".indexOf(url.charAt(pathStart)) < 0) {
      pathStart++;
    }
    int at = url.lastIndexOf('@', pathStart - 1);
    return at < hostStart ? url : url.substring(0, hostStart) + "***" + url.substring(at);
  }

  /**
   * The document at {@code url}; {@code fallback} decodes it when nothing names a charset.
   * The whole fetch (connecting, redirects, headers and body) runs against one deadline: a
   * server that stalls or drips its body is cut off, not waited for.
   */
  public Fetched fetch(String url, Charset fallback) {
    String name = redact(url);
    URI start = uri(url, name);
    ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "precis-url");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Future<Fetched> fetched = worker.submit(() -> fetchFollowing(start, name, fallback));
      try {
        return fetched.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        fetched.cancel(true);
        throw new InputException(name, "timed out after " + describe(deadline), "try again later");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new InputException(name, "cannot fetch: " + e.getCause(), null);
      } catch (InterruptedException e) {
        fetched.cancel(true);
        Thread.currentThread().interrupt();
        throw new InputException(name, "interrupted", null);
      }
    } finally {
      worker.shutdownNow();
    }
  }

  private static String describe(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  private static URI uri(String url, String name) {
    try {
      URI uri = new URI(url);
      if (uri.getHost() == null) {
        throw new InputException(name, "not a valid URL: no host", null);
      }
      if (uri.getPort() > 65535) {
        throw new InputException(name, "not a valid URL: port " + uri.getPort() + " out of range", null);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new InputException(name, "not a valid URL: " + e.getReason(), null);
    }
  }

  /** Runs in the worker thread: follows redirects by hand to refuse loops and odd schemes. */
  private Fetched fetchFollowing(URI start, String name, Charset fallback) {
    URI uri = start;
    Set<URI> seen = new HashSet<>();
    for (int hop = 0; ; hop++) {
      if (!seen.add(uri)) {
        throw new InputException(name, "redirect loop (back to " + redact(uri.toString()) + ")", null);
      }
      HttpResponse<InputStream> response = send(name, request(uri, name));
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        close(response.body());
        String location = response.headers().firstValue("Location").orElseThrow(
            () -> new InputException(name, "HTTP " + status + " without a Location", null));
        if (hop == MAX_REDIRECTS) {
          throw new InputException(name, "more than " + MAX_REDIRECTS + " redirects", null);
        }
        uri = redirectTarget(uri, location, name);
        continue;
      }
      if (status >= 300) {
        close(response.body());
        throw new InputException(name, "HTTP " + status, null);
      }
      byte[] body = readLimited(name, response.body());
      String contentType = response.headers().firstValue("Content-Type").orElse("text/plain");
      String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
      Charset charset = charset(contentType, body, mediaType.contains("html"), fallback);
      return new Fetched(TextDecoder.decode(body, charset, name), mediaType);
    }
  }

  private static URI redirectTarget(URI from, String location, String name) {
    URI target;
    try {
      target = from.resolve(new URI(location.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new InputException(name, "redirect to an invalid address", null);
    }
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InputException(name, "redirect to a " + (scheme.isEmpty() ? "scheme-less" : scheme + ":")
          + " address refused", "only http and https are followed");
    }
    if (from.getScheme().equalsIgnoreCase("https") && scheme.equals("http")) {
      throw new InputException(name, "redirect from https to http refused", null);
    }
    return target;
  }

  private HttpRequest request(URI uri, String name) {
    try {
      return HttpRequest.newBuilder(uri)
          .timeout(deadline)
          .header("User-Agent", "precis (command-line news text tool)")
          .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5").build();
    } catch (IllegalArgumentException e) {
      throw new InputException(name, "not a valid URL: " + e.getMessage(), null);
    }
  }

  private HttpResponse<InputStream> send(String url, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new InputException(url, "timed out", "try again later");
    } catch (ConnectException e) {
      throw new InputException(url, "cannot connect", "check the address and your network");
    } catch (IllegalArgumentException e) {
      throw new InputException(url, "not a valid URL: " + e.getMessage(), null);
    } catch (IOException e) {
      throw new InputException(url, "cannot fetch: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(url, "interrupted", null);
    }
  }

  private static void close(InputStream body) {
    try {
      body.close();
    } catch (IOException e) {
      // The response is not used: nothing to lose.
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
