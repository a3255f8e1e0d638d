package dev.precis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The licence and the notice keep up with what precis ships. */
class LicenceTest {
  @Test
  void licenceIsTheApacheLicenceInFull() throws IOException {
    String licence = Files.readString(Path.of("LICENSE"));
    assertThat(licence).contains("Apache License", "Version 2.0, January 2004",
        "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION", "END OF TERMS AND CONDITIONS");
  }

  @Test
  void noticeNamesEveryFileInModels() throws IOException {
    String notice = Files.readString(Path.of("NOTICE"));
    List<String> files;
    try (Stream<Path> listing = Files.list(Path.of("models"))) {
      files = listing.map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith("README")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (String file : files) {
      assertThat(notice).as("NOTICE names models/" + file).contains("models/" + file);
    }
  }

  @Test
  void noticeNamesEveryOpenNlpModelThePomBundles() throws IOException {
    String notice = Files.readString(Path.of("NOTICE"));
    Matcher models = Pattern.compile("<artifactId>(opennlp-models-[a-z-]+)</artifactId>")
        .matcher(Files.readString(Path.of("pom.xml")));
    int count = 0;
    while (models.find()) {
      assertThat(notice).as("NOTICE names " + models.group(1)).contains(models.group(1));
      count++;
    }
    assertThat(count).isPositive();
  }
}
