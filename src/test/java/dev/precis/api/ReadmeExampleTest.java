package dev.precis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Use from Java" example of the README, compiled and run as a user would. */
class ReadmeExampleTest {
  @TempDir Path dir;

  @Test
  void readmeExampleCompilesAndPrintsTheSummaryAndTheQuote() throws Exception {
    Path source = dir.resolve("Example.java");
    Files.writeString(source, example(Files.readString(Path.of("README.md"))));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, "-d", dir.toString(),
        "-cp", System.getProperty("java.class.path"), source.toString());
    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();

    List<String> lines = run(dir);
    // Two summary sentences, verbatim from the article, then the quote with its speaker.
    assertThat(lines).hasSize(3);
    assertThat(lines.subList(0, 2)).allSatisfy(line -> assertThat(line).endsWith("."))
        .doesNotContain("Paris to build new drains"); // the title guides, is not summarised
    assertThat(lines.get(2)).isEqualTo("Anne Dupont: We will build new drains,");
  }

  /** The first {@code java} block after the "Use from Java" heading. */
  static String example(String readme) {
    String section = readme.substring(readme.indexOf("## Use from Java"));
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertThat(m.find()).as("a java block in the section").isTrue();
    return m.group(1);
  }

  private static List<String> run(Path classes) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeExampleTest.class.getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      loader.loadClass("Example").getMethod("main", String[].class)
          .invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
