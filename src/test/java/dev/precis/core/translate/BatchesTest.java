package dev.precis.core.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchesTest {
  @Test
  void aShortDocumentIsOneBatch() {
    List<String> segments = Collections.nCopies(100, "x".repeat(500));
    assertThat(ApertiumTranslator.batches(segments, 4)).hasSize(1);
  }

  @Test
  void aLongDocumentIsCutIntoConsecutiveBatchesOnePerTwoCores() {
    List<String> segments = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      segments.add(i + " " + "x".repeat(400));
    }
    assertThat(ApertiumTranslator.batches(segments, 2)).hasSize(1);
    List<List<String>> batches = ApertiumTranslator.batches(segments, 4);
    assertThat(batches).hasSize(2);
    List<String> joined = new ArrayList<>();
    batches.forEach(joined::addAll);
    assertThat(joined).isEqualTo(segments);
    assertThat(batches.get(0).size()).isBetween(450, 550);
  }
}
