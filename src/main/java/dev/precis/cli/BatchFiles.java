package dev.precis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.function.Predicate;

/** Which files of a folder batch reads (--include), and how many records a file holds. */
final class BatchFiles {
  private BatchFiles() {}

  /**
   * Files of {@code folder} that match one of {@code globs}: against the file's name when the
   * glob has no '/', else against its path below the folder. Every file when none is given.
   */
  static Predicate<Path> included(Path folder, List<String> globs) {
    if (globs == null || globs.isEmpty()) {
      return file -> true;
    }
    List<Predicate<Path>> tests = globs.stream().map(glob -> {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      return glob.contains("/")
          ? (Predicate<Path>) file -> matcher.matches(folder.relativize(file))
          : (Predicate<Path>) file -> matcher.matches(file.getFileName());
    }).toList();
    return file -> tests.stream().anyMatch(t -> t.test(file));
  }

  /**
   * The number of non-empty lines of a JSON Lines file, for the progress line's total: one
   * sequential read of bytes, no decoding; -1 when it cannot be read (the batch then says so).
   */
  static int countLines(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      int lines = 0;
      boolean content = false;
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            lines += content ? 1 : 0;
            content = false;
          } else if (b != '\r' && b != ' ' && b != '\t') {
            content = true;
          }
        }
      }
      return lines + (content ? 1 : 0);
    } catch (IOException e) {
      return -1;
    }
  }
}
