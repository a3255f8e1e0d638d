package dev.precis.core.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpTranslatorsTest {
  FakeServers servers;

  @BeforeEach
  void start() throws IOException {
    servers = new FakeServers();
  }

  @AfterEach
  void stop() {
    servers.close();
  }

  @Test
  void apyListsPairsAndTranslatesABatchInOneRequest() {
    ApyTranslator apy = new ApyTranslator(servers.apy(), Duration.ofSeconds(5));
    assertThat(apy.pairs()).extracting(LanguagePair::toString).containsExactly("eng-spa", "eng-cat");
    LanguagePair pair = apy.pairs().get(0);
    List<String> out = apy.translate(pair, List.of("One “quoted” line.", "Two\nlines.", "Three."), false);
    assertThat(out).containsExactly("SPA: ONE “QUOTED” LINE.", "SPA: TWO LINES.", "SPA: THREE.");
    assertThat(servers.translateRequests.get()).isEqualTo(1);
  }

  @Test
  void libreTranslateSendsTheSegmentsAsOneArray() {
    LibreTranslateTranslator lt = new LibreTranslateTranslator(servers.libreTranslate(),
        Duration.ofSeconds(5), null);
    assertThat(lt.pairs()).extracting(LanguagePair::toString)
        .containsExactly("eng-spa", "eng-cat", "spa-eng");
    LanguagePair pair = lt.pairs().get(1);
    assertThat(lt.translate(pair, List.of("a", "b"), false)).containsExactly("CA: A", "CA: B");
    assertThat(servers.translateRequests.get()).isEqualTo(1);
  }

  @Test
  void retriesServerErrors() {
    servers.failuresToGive.set(2);
    ApyTranslator apy = new ApyTranslator(servers.apy(), Duration.ofSeconds(5));
    assertThat(apy.translate(apy.pairs().get(0), List.of("ok"), false)).containsExactly("SPA: OK");
    assertThat(servers.translateRequests.get()).isEqualTo(3);
  }

  @Test
  void givesUpAfterRepeatedServerErrorsWithOneLine() {
    servers.failuresToGive.set(10);
    LibreTranslateTranslator lt = new LibreTranslateTranslator(servers.libreTranslate(),
        Duration.ofSeconds(5), null);
    assertThatThrownBy(() -> lt.translate(lt.pairs().get(0), List.of("x"), false))
        .isInstanceOf(UncheckedIOException.class)
        .satisfies(e -> assertThat(e.getCause().getMessage()).contains("HTTP 503").doesNotContain("\n"));
  }

  @Test
  void timesOut() {
    servers.delaySeconds = 3;
    ApyTranslator apy = new ApyTranslator(servers.apy(), Duration.ofSeconds(1));
    assertThatThrownBy(() -> apy.translate(apy.pairs().get(0), List.of("x"), false))
        .isInstanceOf(UncheckedIOException.class)
        .satisfies(e -> assertThat(e.getCause().getMessage()).contains("no answer within 1 s"));
  }

  @Test
  void saysWhenTheServerIsUnreachable() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ApyTranslator apy = new ApyTranslator(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(2));
    assertThatThrownBy(apy::checkAvailable).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("apy server http://127.0.0.1:" + port)
        .satisfies(e -> assertThat(e.getCause().getMessage()).contains("unreachable"));
  }
}
