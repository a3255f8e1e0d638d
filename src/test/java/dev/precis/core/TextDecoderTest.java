package dev.precis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void dropsALeadingByteOrderMarkOnly() {
    byte[] bytes = "\uFEFFHello \uFEFF.".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(bytes, StandardCharsets.UTF_8, "f")).isEqualTo("Hello \uFEFF.");
  }

  @Test
  void invalidUtf8NamesTheByteOffset() {
    byte[] bytes = {'a', 'b', (byte) 0xE9, 'c'};
    assertThatThrownBy(() -> TextDecoder.decode(bytes, StandardCharsets.UTF_8, "f.txt"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("invalid UTF-8 at byte offset 2");
  }

  @Test
  void nulByteIsBinaryInput() {
    byte[] bytes = {'a', 0, 'b'};
    assertThatThrownBy(() -> TextDecoder.decode(bytes, StandardCharsets.UTF_8, "f.bin"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("NUL byte at byte offset 1");
  }

  @Test
  void otherEncodingsDecodeWhenAskedFor() {
    byte[] bytes = {'c', 'a', 'f', (byte) 0xE9};
    assertThat(TextDecoder.decode(bytes, Charset.forName("windows-1252"), "f")).isEqualTo("café");
    assertThat(TextDecoder.decode("é".getBytes(StandardCharsets.UTF_16), StandardCharsets.UTF_16, "f"))
        .isEqualTo("é");
  }
}
