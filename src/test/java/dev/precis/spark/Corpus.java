package dev.precis.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated news-like records for the Spark tests: paragraphs of the seed article, the
 * sentence-boundary test texts and quotations with attributions, mixed by a seeded random
 * generator, so the corpus is the same on every run and needs no ../shared.
 */
final class Corpus {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] NAMES = {"Anna Kovacs", "Peter Brandt", "Maria Lopez",
      "John Okafor", "Li Wei", "Sarah Connolly"};
  private static final String[] ROLES = {"the finance minister", "a spokesman for the council",
      "the company's chief executive", "an analyst at the bank"};
  private static final String[] CLAIMS = {"We will not accept these terms", "The figures speak "
      + "for themselves", "Nobody expected the talks to fail so quickly", "This is a good day "
      + "for the region", "The plan needs more time"};

  private Corpus() {}

  /** {@code count} JSON Lines records with an id, text and sometimes a title. */
  static List<String> records(int count, long seed) {
    List<String> paragraphs = new ArrayList<>(seedParagraphs());
    paragraphs.addAll(sbdTexts());
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> article = new ArrayList<>();
      int n = 3 + random.nextInt(8);
      for (int p = 0; p < n; p++) {
        article.add(random.nextInt(3) == 0 ? quote(random)
            : paragraphs.get(random.nextInt(paragraphs.size())));
      }
      ObjectNode record = JSON.createObjectNode();
      record.put("id", "gen-" + i);
      if (random.nextInt(4) == 0) {
        record.put("title", "Talks on the plan go on");
      }
      record.put("text", String.join("\n\n", article));
      lines.add(record.toString());
    }
    return lines;
  }

  private static String quote(Random random) {
    String name = NAMES[random.nextInt(NAMES.length)];
    String role = ROLES[random.nextInt(ROLES.length)];
    String claim = CLAIMS[random.nextInt(CLAIMS.length)];
    return switch (random.nextInt(3)) {
      case 0 -> "“" + claim + ",” said " + name + ", " + role + ".";
      case 1 -> name + ", " + role + ", said that " + claim.toLowerCase() + ".";
      default -> "According to " + name + ", “" + claim.toLowerCase() + "” and more talks will "
          + "follow.";
    };
  }

  private static List<String> seedParagraphs() {
    try {
      return List.of(Files.readString(Path.of("examples", "kazakhstan-eu-call.txt"))
          .split("\\n\\s*\\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> sbdTexts() {
    List<String> texts = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(
          Path.of("src", "test", "resources", "sbd", "golden_rules_en.jsonl"))) {
        JsonNode node = JSON.readTree(line);
        texts.add(node.get("text").asText().strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }
}
