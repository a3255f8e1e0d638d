package dev.precis.core.translate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A pair's morphological analyser ({@code lt-proc -w}), started once and kept open for every
 * document of a run: it reads each document's capitalised words for {@link NameProtector}.
 * It runs with {@code -z}, so each batch of words ends at a NUL and comes back followed by
 * one; reading a word has no memory of the words before it, so the answers do not depend on
 * what was asked before (checked against one-off runs).
 */
final class ApertiumAnalyser implements AutoCloseable {
  private final Process process;

  ApertiumAnalyser(Path ltProc, Path automorf) {
    this.process = Subprocess.start(List.of(ltProc.toString(), "-z", "-w", automorf.toString()));
    Thread errors = new Thread(() -> drainQuietly(process.getErrorStream()), "lt-proc-stderr");
    errors.setDaemon(true);
    errors.start();
  }

  /** One analysis line per word, in order; throws when the analyser has ended. */
  synchronized String[] analyse(List<String> words) {
    byte[] request = (String.join("\n", words) + "\n").getBytes(StandardCharsets.UTF_8);
    Thread writer = new Thread(() -> {
      try {
        OutputStream in = process.getOutputStream();
        in.write(request);
        in.write(0);
        in.flush();
      } catch (IOException e) {
        // the analyser ended: the read below finds out
      }
    }, "lt-proc-input");
    writer.setDaemon(true);
    writer.start();
    ByteArrayOutputStream response = new ByteArrayOutputStream(request.length * 4);
    try {
      InputStream out = process.getInputStream();
      for (int b = out.read(); b != 0; b = out.read()) {
        if (b < 0) {
          throw new IOException("lt-proc ended");
        }
        response.write(b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("lt-proc failed", e);
    }
    return response.toString(StandardCharsets.UTF_8).split("\n");
  }

  private static void drainQuietly(InputStream stream) {
    try (InputStream s = stream) {
      s.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // the analyser ended
    }
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // already closed
    }
    process.destroy();
  }
}
