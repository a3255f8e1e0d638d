package dev.precis.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where a command's results go. Standard output is written as results come; a file given
 * with {@code -o} is written to a temporary file beside it and moved into place only on
 * {@link #commit}, so it is written whole or not at all. A failed write is an
 * {@link OutputWriteException} (exit 1), except a closed pipe, which ends the run quietly.
 * On SIGINT or SIGTERM a temporary file is deleted and standard output ends on a whole result.
 */
abstract class Output implements AutoCloseable {

  /** Writes one whole result (a JSON line, a document's text). */
  abstract void write(String text);

  /** Makes what was written final (flushes standard output, moves a file into place). */
  abstract void commit();

  /** Releases the output; a file not committed by then is discarded. */
  @Override
  public abstract void close();

  static Output stdout(OutputStream out) {
    return new StreamOutput(out, "standard output", false);
  }

  /**
   * Standard output; on a terminal, control characters of the input (an escape sequence in an
   * article) are shown, not obeyed. A pipe or file gets the text exactly.
   */
  static Output stdout(OutputStream out, boolean terminal) {
    return new StreamOutput(out, "standard output", terminal);
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
        return new StreamOutput(Files.newOutputStream(target), target.toString(), false);
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

  /** The error for a failed write: quiet for a closed pipe, else one line and exit 1. */
  static RuntimeException writeError(String name, IOException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Broken pipe") || message.contains("Stream closed")) {
      return new ClosedOutputException(e);
    }
    return new OutputWriteException(name, "cannot write: " + message);
  }

  /** Runs {@code cleanup} if the process is ended by a signal while this output is open. */
  static Thread onSignal(Runnable cleanup) {
    Thread hook = new Thread(cleanup, "precis-output-cleanup");
    try {
      Runtime.getRuntime().addShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: nothing will be written anyway.
    }
    return hook;
  }

  static void noLongerOnSignal(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Shutting down: the hook is running or has run.
    }
  }

  /**
   * A stream written as results come: standard output, or a device or pipe given to -o. Each
   * result is written under a lock that the signal hook takes too, so an interrupted run ends
   * after its last whole result, never inside one.
   */
  private static final class StreamOutput extends Output {
    private final Writer writer;
    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private final Thread hook;
    private final boolean terminal;
    private boolean ended;

    StreamOutput(OutputStream out, String name, boolean terminal) {
      this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      this.name = name;
      this.terminal = terminal;
      this.hook = onSignal(this::endOnSignal);
    }

    @Override
    void write(String text) {
      lock.lock();
      try {
        if (ended) {
          throw new ClosedOutputException(new IOException("ended by a signal"));
        }
        writer.write(terminal ? TerminalText.safe(text) : text);
      } catch (IOException e) {
        throw writeError(name, e);
      } finally {
        lock.unlock();
      }
    }

    @Override
    void commit() {
      lock.lock();
      try {
        writer.flush();
      } catch (IOException e) {
        throw writeError(name, e);
      } finally {
        lock.unlock();
      }
    }

    @Override
    public void close() {
      noLongerOnSignal(hook);
      commit();
    }

    /** Flushes the whole results written so far, then refuses more. */
    private void endOnSignal() {
      try {
        // A writer blocked on a full pipe must not hold the process up for good.
        if (lock.tryLock(2, TimeUnit.SECONDS)) {
          try {
            ended = true;
            writer.flush();
          } finally {
            lock.unlock();
          }
        }
      } catch (IOException | InterruptedException e) {
        // Ending anyway: what was written stays written.
      }
    }
  }

  private static final class AtomicFile extends Output {
    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private final Thread hook;
    private boolean committed;

    AtomicFile(Path target) {
      this.target = target.toAbsolutePath();
      try {
        this.temporary = createTemporary(this.target);
        this.writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new OutputFileException(target.toString(), e);
      }
      this.hook = onSignal(this::deleteTemporary);
    }

    /**
     * A new file beside {@code target}. Not Files.createTempFile, which makes it 0600: a new
     * file gets the usual mode (0666 less the umask), and a replaced file keeps its own.
     */
    private static Path createTemporary(Path target) throws IOException {
      Path dir = target.getParent();
      while (true) {
        Path candidate = dir.resolve("." + target.getFileName() + "."
            + Long.toUnsignedString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL, 36) + ".tmp");
        try {
          Files.createFile(candidate);
        } catch (FileAlreadyExistsException e) {
          continue;
        }
        if (Files.exists(target)) {
          try {
            Files.setPosixFilePermissions(candidate, Files.getPosixFilePermissions(target));
          } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system or not ours to read: the new file's mode stands.
          }
        }
        return candidate;
      }
    }

    @Override
    void write(String text) {
      try {
        writer.write(text);
      } catch (IOException e) {
        throw writeError(target.toString(), e);
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
        throw writeError(target.toString(), e);
      }
    }

    @Override
    public void close() {
      noLongerOnSignal(hook);
      if (!committed) {
        try {
          writer.close();
        } catch (IOException e) {
          // A full disk fails the close too; the file goes anyway.
        }
        deleteTemporary();
      }
    }

    private void deleteTemporary() {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // Nothing more to do: the target was never touched.
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

  /** Writing failed (a full disk, /dev/full, an I/O error): one line, exit 1. */
  static final class OutputWriteException extends RuntimeException {
    final String path;

    OutputWriteException(String path, String message) {
      super(message);
      this.path = path;
    }
  }
}
