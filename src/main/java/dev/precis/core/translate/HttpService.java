package dev.precis.core.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A translation server over HTTP with the JDK client: bounded connect and request times,
 * a few retries on server errors (5xx) and dropped connections, and one-line errors that
 * name the server.
 */
final class HttpService {
  private static final int ATTEMPTS = 3;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final String backend;
  private final URI base;
  private final Duration requestTimeout;
  private final HttpClient client;

  HttpService(String backend, URI base, Duration requestTimeout) {
    this.backend = backend;
    String b = base.toString();
    this.base = URI.create(b.endsWith("/") ? b : b + "/");
    this.requestTimeout = requestTimeout;
    this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  String get(String path) {
    return send(HttpRequest.newBuilder(resolve(path)).GET());
  }

  String postForm(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  String postJson(String path, String json) {
    return send(HttpRequest.newBuilder(resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** An error about the server's answer, one line, exit code 1. */
  UncheckedIOException error(String message) {
    // A password in the URL never shows.
    String shown = base.getRawUserInfo() == null ? base.toString()
        : base.toString().replace(base.getRawUserInfo() + "@", "***@");
    return new UncheckedIOException(backend + " server " + shown, new IOException(message));
  }

  private URI resolve(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  private String send(HttpRequest.Builder request) {
    HttpRequest built = request.timeout(requestTimeout).build();
    IOException lastFailure = null;
    String lastStatus = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        HttpResponse<String> response = sendWithin(built);
        int status = response.statusCode();
        if (status < 300) {
          return response.body();
        }
        lastStatus = "HTTP " + status + ": " + oneLine(response.body());
        if (status < 500) {
          break; // the request is wrong; asking again will not help
        }
      } catch (java.net.http.HttpTimeoutException e) {
        throw error("no answer within " + requestTimeout.toSeconds() + " s");
      } catch (java.net.ConnectException e) {
        throw error("unreachable (" + (e.getMessage() == null ? "connection refused" : e.getMessage())
            + "); check --translator-url");
      } catch (IOException e) {
        lastFailure = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw error("interrupted");
      }
      pause(attempt);
    }
    throw error(lastStatus != null ? lastStatus
        : "connection failed: " + lastFailure.getMessage());
  }

  /**
   * The answer, headers and body, within the request timeout: the client's own timeout covers
   * the headers only, so a server that stalls or drips its body would hold precis for good.
   */
  private HttpResponse<String> sendWithin(HttpRequest request) throws IOException, InterruptedException {
    CompletableFuture<HttpResponse<String>> answer =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    try {
      return answer.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new java.net.http.HttpTimeoutException("no answer within the timeout");
    } catch (InterruptedException e) {
      answer.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(String.valueOf(e.getCause()), e.getCause());
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(200L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String oneLine(String body) {
    String line = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
