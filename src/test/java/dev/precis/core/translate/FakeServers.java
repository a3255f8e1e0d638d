package dev.precis.core.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small servers on 127.0.0.1 (an ephemeral port, never the open network) that speak the
 * APy and LibreTranslate APIs. Their "translation" tags each paragraph with the target
 * language and upper-cases it, so a test sees what went through and in which order.
 */
public final class FakeServers implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpServer server;
  /** Server errors (503) still to give before answering normally. */
  public final AtomicInteger failuresToGive = new AtomicInteger();
  /** Seconds to wait before answering a translation. */
  public volatile int delaySeconds;
  public final AtomicInteger translateRequests = new AtomicInteger();

  public FakeServers() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/apy/listPairs", ex -> answer(ex, 200, apyPairs()));
    server.createContext("/apy/translate", this::apyTranslate);
    server.createContext("/lt/languages", ex -> answer(ex, 200, ltLanguages()));
    server.createContext("/lt/translate", this::ltTranslate);
    server.start();
  }

  public URI apy() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/apy");
  }

  public URI libreTranslate() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/lt");
  }

  @Override
  public void close() {
    server.stop(0);
  }

  static String fakeTranslation(String to, String text) {
    return to.toUpperCase(Locale.ROOT) + ": " + text.toUpperCase(Locale.ROOT);
  }

  private boolean failOrWait(HttpExchange ex) throws IOException {
    translateRequests.incrementAndGet();
    if (failuresToGive.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      answer(ex, 503, "{\"error\":\"busy\"}");
      return true;
    }
    if (delaySeconds > 0) {
      try {
        Thread.sleep(delaySeconds * 1000L);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return false;
  }

  private void apyTranslate(HttpExchange ex) throws IOException {
    if (failOrWait(ex)) {
      return;
    }
    Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    String to = form.get("langpair").split("\\|")[1];
    StringBuilder out = new StringBuilder();
    for (String paragraph : form.get("q").strip().split("\n\n")) {
      out.append(out.length() == 0 ? "" : "\n\n").append(fakeTranslation(to, paragraph));
    }
    ObjectNode root = MAPPER.createObjectNode();
    root.putObject("responseData").put("translatedText", out.toString());
    root.putNull("responseDetails");
    root.put("responseStatus", 200);
    answer(ex, 200, root.toString());
  }

  private void ltTranslate(HttpExchange ex) throws IOException {
    if (failOrWait(ex)) {
      return;
    }
    JsonNode request = MAPPER.readTree(ex.getRequestBody());
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode texts = root.putArray("translatedText");
    for (JsonNode q : request.path("q")) {
      texts.add(fakeTranslation(request.path("target").asText(), q.asText()));
    }
    answer(ex, 200, root.toString());
  }

  private static String apyPairs() {
    return "{\"responseData\":[{\"sourceLanguage\":\"eng\",\"targetLanguage\":\"spa\"},"
        + "{\"sourceLanguage\":\"eng\",\"targetLanguage\":\"cat\"}],\"responseDetails\":null,"
        + "\"responseStatus\":200}";
  }

  private static String ltLanguages() {
    return "[{\"code\":\"en\",\"name\":\"English\",\"targets\":[\"es\",\"ca\",\"en\"]},"
        + "{\"code\":\"es\",\"name\":\"Spanish\",\"targets\":[\"en\"]}]";
  }

  private static Map<String, String> form(String body) {
    Map<String, String> map = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return map;
  }

  private static void answer(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
