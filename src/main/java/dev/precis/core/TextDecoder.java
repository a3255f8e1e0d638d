package dev.precis.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Turns input bytes into text without losing or replacing anything: a byte sequence that
 * is not valid in the charset, or a NUL byte (binary data), is an error naming the byte offset.
 * A leading byte-order mark is dropped.
 */
public final class TextDecoder {
  private TextDecoder() {}

  public static String decode(byte[] bytes, Charset charset, String source) {
    int nul = indexOfNul(bytes, charset);
    if (nul >= 0) {
      throw new InputException(source, "binary input (NUL byte at byte offset " + nul + ")",
          "precis reads text; extract the text first");
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
        (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new InputException(source, "invalid " + charset.name() + " at byte offset "
          + in.position(), "give the right --encoding, e.g. --encoding windows-1252");
    }
    out.flip();
    if (out.hasRemaining() && out.charAt(0) == '\uFEFF') {
      out.position(1);
    }
    return out.toString();
  }

  private static int indexOfNul(byte[] bytes, Charset charset) {
    // In UTF-16 and UTF-32 zero bytes are ordinary; only single-byte-based charsets are checked.
    String name = charset.name();
    if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
      return -1;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
