package org.anodex.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
  @TempDir Path dir;

  @Test
  void embeddingsSurviveTheProcessAndATornRecordIsIgnored() throws Exception {
    Path file = dir.resolve("embeddings").resolve("m.bin");
    EmbeddingCache first = EmbeddingCache.open(file, 3);
    first.put("silicon anode", new float[] {0.1f, 0.2f, 0.3f});
    first.put("graphite", new float[] {1f, 0f, -1f});
    Files.write(file, new byte[] {1, 2, 3}, StandardOpenOption.APPEND); // a write cut short

    EmbeddingCache reopened = EmbeddingCache.open(file, 3);
    assertThat(reopened.get("silicon anode")).containsExactly(0.1f, 0.2f, 0.3f);
    assertThat(reopened.get("graphite")).containsExactly(1f, 0f, -1f);
    assertThat(reopened.get("sodium")).isNull();

    reopened.put("sodium", new float[] {0f, 1f, 0f}); // written over the torn tail
    assertThat(EmbeddingCache.open(file, 3).get("sodium")).containsExactly(0f, 1f, 0f);
    assertThat(Files.size(file)).isEqualTo(3 * (32 + 3 * Float.BYTES));
  }
}
