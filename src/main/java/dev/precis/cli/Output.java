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
    return new StreamOutput(out);
  }

  /**
   * An output file. A regular file (or a link to one) is replaced atomically; a device or a
   * named pipe ({@code -o /dev/null}, {@code -o /dev/stderr}) is written in place, since
   * replacing it would destroy it.
   */
  static Output file(Path target) {
    if (Files.isDirectory(target)) {
      throw new OutputFileException(target.toString(), "is a directory");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      try {
        return new StreamOutput(Files.newOutputStream(target));
      } catch (IOException e) {
        throw new OutputFileException(target.toString(), e);
      }
    }
    try {
      return new AtomicFile(Files.isSymbolicLink(target) ? target.toRealPath() : target);
    } catch (IOException e) {
      throw new OutputFileException(target.toString(), e);
    }
  }

  /** A stream written as results come: standard output, or a device or pipe given to -o. */
  private static final class StreamOutput extends Output {
    private final Writer writer;

    StreamOutput(OutputStream out) {
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

    OutputFileException(String path, String message) {
      super(message);
      this.path = path;
    }
  }
}
