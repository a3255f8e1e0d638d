package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchAndUrlTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private HttpServer server;
  private String base;

  @BeforeEach
  void startServer() throws IOException {
    // Loopback only: the test's own server, never the network.
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve("/story.txt", "text/plain; charset=utf-8", "First sentence. Second “one.”".getBytes(StandardCharsets.UTF_8));
    serve("/latin.txt", "text/plain; charset=ISO-8859-1", "Caf\u00e9 open. Yes.".getBytes(Charset.forName("ISO-8859-1")));
    serve("/page", "text/html", ("<!doctype html><html><head><title>Talks go on</title></head><body>"
        + "<nav><a href=/>Home</a> | <a href=/world>World</a></nav><article><p>The minister "
        + "spoke on Monday. She said the talks would go on for another week at least.</p>"
        + "<p>Nobody else commented on the plan, which was first reported last month.</p>"
        + "</article><footer>Copyright 2026 Example News</footer></body></html>")
        .getBytes(StandardCharsets.UTF_8));
    server.createContext("/moved", exchange -> {
      exchange.getResponseHeaders().add("Location", base + "/story.txt");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.createContext("/missing", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void serve(String path, String type, byte[] body) {
    server.createContext(path, exchange -> {
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void fetchesUrlsFollowingRedirectsAndHonouringTheCharset() {
    assertThat(Cli.run("split", base + "/story.txt").out()).isEqualTo("First sentence.\nSecond “one.”\n");
    assertThat(Cli.run("split", base + "/moved").out()).isEqualTo("First sentence.\nSecond “one.”\n");
    assertThat(Cli.run("split", base + "/latin.txt").out()).isEqualTo("Café open.\nYes.\n");
  }

  @Test
  void htmlPagesAreReducedToTheirArticleBeforeSplitting() throws IOException {
    Cli.Result r = Cli.run("split", base + "/page");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("Talks go on\nThe minister spoke on Monday.\n"
        + "She said the talks would go on for another week at least.\n"
        + "Nobody else commented on the plan, which was first reported last month.\n");
    assertThat(Cli.run("split", "--input", "text", base + "/page").out()).contains("<nav>");
    // JSON offsets refer to the extracted article, so that text goes along with them.
    JsonNode json = JSON.readTree(Cli.run("split", "-f", "json", base + "/page").out());
    String article = json.get("text").asText();
    assertThat(article).startsWith("Talks go on\n\nThe minister");
    for (JsonNode s : json.get("sentences")) {
      assertThat(article.substring(s.get("start").asInt(), s.get("end").asInt()))
          .isEqualTo(s.get("text").asText());
    }
  }

  @Test
  void httpErrorsAndUnreachableHostsAreOneLine() throws IOException {
    Cli.Result missing = Cli.run("split", base + "/missing");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("precis: " + base + "/missing: HTTP 404\n");

    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Cli.Result refused = Cli.run("split", "http://127.0.0.1:" + closedPort + "/x");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err().lines()).hasSize(1);
    assertThat(refused.err()).contains("cannot connect");
  }

  @Test
  void batchKeepsInputOrderAndReportsFailuresInTheirOwnRecord() throws IOException {
    StringBuilder corpus = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      corpus.append("{\"id\": ").append(i).append(", \"text\": \"Item ").append(i)
          .append(" starts. It ends here.\"}\n");
      if (i == 50) {
        corpus.append("{\"id\": \"broken\"\n");
      }
    }
    Path input = Files.writeString(dir.resolve("corpus.jsonl"), corpus);
    Cli.Result r = Cli.run("batch", "--threads", "2", "split", input.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(201);
    for (int i = 0; i < 200; i++) {
      JsonNode node = JSON.readTree(lines.get(i < 51 ? i : i + 1));
      assertThat(node.get("id").asInt()).isEqualTo(i);
      assertThat(node.get("sentences")).hasSize(2);
    }
    assertThat(JSON.readTree(lines.get(51)).get("error").asText()).contains("malformed JSON");
    assertThat(r.err()).contains("201 documents, 1 failed");
  }

  @Test
  void batchRunsOverAFolderWithTheCommandsOptions() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Alpha one. Alpha two.");
    Files.writeString(dir.resolve("b.txt"), "Beta.");
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("batch", "--out-dir", out.toString(), "split", "-f", "markdown", dir.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(Files.readString(out.resolve("a.txt.md"))).isEqualTo("1. Alpha one.\n2. Alpha two.\n");
    assertThat(Files.readString(out.resolve("b.txt.md"))).isEqualTo("1. Beta.\n");
  }

  @Test
  void batchRejectsCommandsThatAreNotDocumentCommands() {
    Cli.Result r = Cli.runWithInput("", "batch", "config", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("'config' is not a command that batch can run");
  }
}
