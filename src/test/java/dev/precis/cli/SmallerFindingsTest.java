package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 14, "Smaller": detect on nothing, same-language translation, escapes, null answers. */
class SmallerFindingsTest {
  @Test
  void detectOnEmptyInputSaysThereIsNothingToDetect() {
    Cli.Result r = Cli.runWithInput("", "detect");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly("precis: <stdin>: no text to detect the language of");
  }

  @Test
  void translatingIntoTheLanguageTheTextIsInPassesItThrough() {
    Cli.Result r = Cli.runWithInput("Hola. Me llamo Juan.\n", "translate", "--from", "es", "--to", "es");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("Hola. Me llamo Juan.\n");
  }

  @Test
  void escapeSequencesInTheInputAreShownNotObeyedOnATerminal() {
    String text = "Clear \u001b[2J now. Bell\u0007 rings.";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"split"}, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        out, new ByteArrayOutputStream(), new Terminal(Map.of(), false, true, false));
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Clear ^[[2J now.\nBell^G rings.\n");
    // Into a pipe or file the text is exactly the input's.
    assertThat(Cli.runWithInput(text, "split").out()).isEqualTo("Clear \u001b[2J now.\nBell\u0007 rings.\n");
  }

  @Test
  void escapeSequencesInErrorMessagesAreShownNotObeyed() {
    Cli.Result r = Cli.run("split", "no\u001b]0;pwned\u0007file.txt");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("precis: no^[]0;pwned^Gfile.txt: no such file\n");
  }

  @Test
  void aServerErrorBodyWithEscapesIsShownNotObeyedAndANullTranslationIsAnError() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/lt/languages", ex -> answer(ex, 200,
        "[{\"code\":\"en\",\"name\":\"English\",\"targets\":[\"es\"]}]"));
    server.createContext("/lt/translate", ex -> answer(ex, 200, "{\"translatedText\":[null]}"));
    server.createContext("/bad/languages", ex -> answer(ex, 400, "\u001b[2Jgo away"));
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Cli.Result nullAnswer = Cli.runWithInput("Hello.\n", "translate", "--to", "es", "--from", "en",
          "--translator", "libretranslate", "--translator-url", base + "/lt");
      assertThat(nullAnswer.out()).doesNotContain("null");
      assertThat(nullAnswer.exitCode()).isEqualTo(1);
      assertThat(nullAnswer.err()).contains("translations (strings) back").hasLineCount(1);
      // With --jsonl each record gets its error record and the run goes on (item 8), exit 1.
      Cli.Result records = Cli.runWithInput("{\"id\":1,\"text\":\"Hello.\"}\n{\"id\":2,\"text\":\"Bye.\"}\n",
          "translate", "--to", "es", "--from", "en", "--jsonl",
          "--translator", "libretranslate", "--translator-url", base + "/lt");
      assertThat(records.exitCode()).isEqualTo(1);
      assertThat(records.out().lines()).hasSize(2).allMatch(l -> l.contains("\"error\":\"libretranslate server"));
      assertThat(records.err()).doesNotContain("internal error");
      Cli.Result escape = Cli.runWithInput("Hello.\n", "translate", "--to", "es", "--from", "en",
          "--translator", "libretranslate", "--translator-url", base + "/bad");
      assertThat(escape.exitCode()).isNotZero();
      assertThat(escape.err()).contains("^[[2Jgo away").doesNotContain("\u001b");
    } finally {
      server.stop(0);
    }
  }

  private static void answer(com.sun.net.httpserver.HttpExchange ex, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
