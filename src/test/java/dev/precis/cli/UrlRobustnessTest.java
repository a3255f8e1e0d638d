package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.precis.core.InputException;
import dev.precis.io.UrlFetcher;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 7: URL input ends within one deadline, body included; redirects that loop,
 * go on and on or leave HTTP are errors; a malformed URL is a usage error; credentials in a
 * URL never show. A server on 127.0.0.1 plays each part.
 */
class UrlRobustnessTest {
  private HttpServer server;
  private ExecutorService handlers;
  private String base;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    handlers = Executors.newCachedThreadPool();
    server.setExecutor(handlers);
    server.createContext("/stall", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, 100); // promises 100 bytes, sends 10
      OutputStream body = exchange.getResponseBody();
      body.write("Ten bytes.".getBytes(StandardCharsets.UTF_8));
      body.flush();
      sleep(60_000);
    });
    server.createContext("/drip", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, 0); // chunked, a byte at a time
      OutputStream body = exchange.getResponseBody();
      for (int i = 0; i < 600 && !Thread.currentThread().isInterrupted(); i++) {
        body.write('a');
        body.flush();
        sleep(100);
      }
      exchange.close();
    });
    server.createContext("/loop", exchange -> redirect(exchange, base + "/loop"));
    server.createContext("/hop/", exchange -> {
      int n = Integer.parseInt(exchange.getRequestURI().getPath().substring(5));
      redirect(exchange, base + "/hop/" + (n + 1));
    });
    server.createContext("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
    server.createContext("/to-jar", exchange -> redirect(exchange, "jar:file:///x.jar!/a"));
    server.createContext("/to-ftp", exchange -> redirect(exchange, "ftp://127.0.0.1/x"));
    server.createContext("/ok", exchange -> {
      byte[] body = "First. Second.".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String to) throws IOException {
    exchange.getResponseHeaders().add("Location", to);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
    handlers.shutdownNow();
  }

  @Test
  void aBodyThatStallsAfterTheHeadersIsCutOffAtTheDeadline() {
    UrlFetcher fetcher = new UrlFetcher(Duration.ofMillis(700));
    assertThatThrownBy(() -> fetcher.fetch(base + "/stall", StandardCharsets.UTF_8))
        .isInstanceOf(InputException.class).hasMessage("timed out after 700 ms");
  }

  @Test
  void aBodyDrippedAByteAtATimeIsCutOffAtTheDeadline() {
    UrlFetcher fetcher = new UrlFetcher(Duration.ofMillis(700));
    assertThatThrownBy(() -> fetcher.fetch(base + "/drip", StandardCharsets.UTF_8))
        .isInstanceOf(InputException.class).hasMessage("timed out after 700 ms");
  }

  @Test
  void aFetchWithinTheDeadlineStillWorks() {
    assertThat(new UrlFetcher(Duration.ofSeconds(20)).fetch(base + "/ok", StandardCharsets.UTF_8).text())
        .isEqualTo("First. Second.");
  }

  @Test
  void redirectLoopsLongChainsAndOtherSchemesAreErrors() {
    String[][] cases = {
        {"/loop", "redirect loop"},
        {"/hop/0", "more than 10 redirects"},
        {"/to-file", "redirect to a file: address refused"},
        {"/to-jar", "redirect to a jar: address refused"},
        {"/to-ftp", "redirect to a ftp: address refused"}};
    for (String[] c : cases) {
      Cli.Result r = Cli.run("split", base + c[0]);
      assertThat(r.exitCode()).as(c[0]).isEqualTo(2);
      assertThat(r.err().lines()).as(c[0]).hasSize(1);
      assertThat(r.err()).as(c[0]).contains(c[1]);
      assertThat(r.out()).as(c[0]).isEmpty();
    }
  }

  @Test
  void malformedUrlsAreUsageErrors() {
    for (String url : new String[] {"http://127.0.0.1:99999/x", "http://[::1", "http:///nohost"}) {
      Cli.Result r = Cli.run("split", url);
      assertThat(r.exitCode()).as(url).isEqualTo(2);
      assertThat(r.err().lines()).as(url).hasSize(1);
      assertThat(r.err()).as(url).contains("not a valid URL").doesNotContain("internal error");
    }
  }

  @Test
  void credentialsInAUrlNeverShow() {
    String url = base.replace("http://", "http://ann:s3cret@");
    Cli.Result missing = Cli.run("split", url + "/missing");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("http://***@127.0.0.1").doesNotContain("s3cret");
    Cli.Result ok = Cli.run("split", "-f", "json", url + "/ok");
    assertThat(ok.out()).contains("\"source\":\"http://***@127.0.0.1").doesNotContain("s3cret");
  }
}
