package dev.precis.core.translate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Issue 14, item 7: a translation server that sends headers, then stalls, is cut off. */
class StalledServerTest {
  @Test
  void aServerThatStallsAfterItsHeadersIsCutOffAtTheTimeout() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService handlers = Executors.newCachedThreadPool();
    server.setExecutor(handlers);
    server.createContext("/apy/listPairs", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, 1000); // promises 1000 bytes, sends a few
      OutputStream body = exchange.getResponseBody();
      body.write("{\"responseData\":".getBytes(StandardCharsets.UTF_8));
      body.flush();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    server.start();
    try {
      URI url = URI.create("http://ann:s3cret@127.0.0.1:" + server.getAddress().getPort() + "/apy");
      ApyTranslator apy = new ApyTranslator(url, Duration.ofMillis(700));
      assertThatThrownBy(apy::pairs).isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("no answer within 0 s")
          .hasMessageStartingWith("apy server http://***@127.0.0.1:")
          .hasMessageNotContaining("s3cret");
    } finally {
      server.stop(0);
      handlers.shutdownNow();
    }
  }
}
