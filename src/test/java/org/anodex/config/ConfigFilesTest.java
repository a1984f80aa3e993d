package org.anodex.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anodex.enrich.Taxonomy;
import org.anodex.enrich.properties.PropertyConfig;
import org.anodex.index.Ranking;
import org.anodex.source.RecordFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each configuration file a user may copy and edit refuses a misspelt key, naming the file, the
 * line and the key.
 */
class ConfigFilesTest {
  @TempDir Path tmp;

  @Test
  void rankingYaml() throws IOException {
    Path file = misspelt("ranking.yaml", "  weight: 1.3", "  weigth: 1.3");
    assertRefused(() -> Ranking.read(file), file, "weigth");
  }

  @Test
  void aRankingWeightOfAFieldNoQuerySearchesIsRefused() throws IOException {
    Path file = misspelt("ranking.yaml", "  abstract: 0.3", "  abstrct: 0.3");
    assertRefused(() -> Ranking.read(file), file, "abstrct");
  }

  @Test
  void taxonomyYaml() throws IOException {
    Path file = misspelt("taxonomy.yaml", "body_min_mentions: 2", "body_min_mention: 2");
    assertRefused(() -> Taxonomy.load(file), file, "body_min_mention");
  }

  @Test
  void propertiesYaml() throws IOException {
    Path file = misspelt("properties.yaml", "powers_of_ten:", "power_of_ten:");
    assertRefused(() -> PropertyConfig.load(file), file, "power_of_ten");
  }

  @Test
  void recordFieldsYaml() throws IOException {
    Path file = misspelt("record-fields.yaml", "abstract: [", "abstarct: [");
    assertRefused(() -> RecordFields.withOverrides(file), file, "abstarct");
  }

  private interface Load {
    void run() throws Exception;
  }

  /**
   * A copy of the built-in {@code name} with {@code right} (the start of one line) misspelt as
   * {@code wrong}.
   */
  private Path misspelt(String name, String right, String wrong) throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/" + name)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> lines = text.lines().toList();
    int line = 0;
    while (!lines.get(line).startsWith(right)) {
      line++;
    }
    this.line = line + 1;
    Path file = tmp.resolve(name);
    Files.writeString(
        file, text.replace(lines.get(line), wrong + lines.get(line).substring(right.length())));
    return file;
  }

  private int line;

  private void assertRefused(Load load, Path file, String key) {
    assertThatThrownBy(load::run)
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString() + ", line " + line + ": ")
        .hasMessageContaining("'" + key + "'");
  }
}
