package dev.precis.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command's results go. Standard output is written as results come; a file given
 * with {@code -o} is written to a temporary file beside it and moved into place only on
 * {@link #commit}, so it is written whole or not at all.
 */
abstract class Output implements AutoCloseable {

  abstract void write(String text);

  /** Makes what was written final (flushes standard output, moves a file into place). */
  abstract void commit();

  /** Releases the output; a file not committed by then is discarded. */
  @Override
  public abstract void close();

  static Output stdout(OutputStream out) {
    return new Stdout(out);
  }

  static Output file(Path target) {
    return new AtomicFile(target);
  }

  private static final class Stdout extends Output {
    private final Writer writer;

    Stdout(OutputStream out) {
      this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    void write(String text) {
      try {
        writer.write(text);
      } catch (IOException e) {
        throw new ClosedOutputException(e);
      }
    }

    @Override
    void commit() {
      try {
        writer.flush();
      } catch (IOException e) {
        throw new ClosedOutputException(e);
      }
    }

    @Override
    public void close() {
      commit();
    }
  }

  private static final class AtomicFile extends Output {
    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private boolean committed;

    AtomicFile(Path target) {
      this.target = target.toAbsolutePath();
      try {
        Path dir = this.target.getParent();
        this.temporary = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        this.writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new OutputFileException(target.toString(), e);
      }
    }

    @Override
    void write(String text) {
      try {
        writer.write(text);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target, e);
      }
    }

    @Override
    void commit() {
      try {
        writer.close();
        try {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target, e);
      }
    }

    @Override
    public void close() {
      if (!committed) {
        try {
          writer.close();
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // Nothing more to do: the target was never touched.
        }
      }
    }
  }

  /** The {@code -o} file cannot be created: its folder is missing or not writable. */
  static final class OutputFileException extends RuntimeException {
    final String path;

    OutputFileException(String path, IOException cause) {
      super(cause.getClass().getSimpleName().equals("NoSuchFileException")
          ? "no such folder" : "cannot create: " + cause.getMessage(), cause);
      this.path = path;
    }
  }
}
