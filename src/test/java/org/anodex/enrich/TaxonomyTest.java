package org.anodex.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.Fixtures;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

  /**
   * Every dimension key and value label of DOMAIN.md's table is in the built-in taxonomy, children
   * under their parents (read from ../shared/DOMAIN.md itself, so the two cannot drift apart).
   */
  @Test
  void theBuiltInTaxonomyHasEveryDimensionAndValueOfDomainMd() throws IOException {
    Path domain = Fixtures.corpora().getParent().resolve("DOMAIN.md");
    Taxonomy t = Taxonomy.defaults();
    Pattern row = Pattern.compile("^\\| `([a-z]+)` \\| (.+) \\|$");
    int dims = 0;
    for (String line : Files.readAllLines(domain)) {
      if (line.startsWith("## Numeric")) {
        break; // the next table lists properties, not facets
      }
      Matcher m = row.matcher(line);
      if (!m.matches()) {
        continue;
      }
      dims++;
      Taxonomy.Dimension d = t.dimension(m.group(1));
      assertThat(d).as(m.group(1)).isNotNull();
      assertThat(d.paths()).as(m.group(1)).containsAll(requiredPaths(m.group(2)));
    }
    assertThat(dims).isEqualTo(9);
  }

  /**
   * "silicon [micro-Si, nano-Si], SiOx (signals), ..." as paths: silicon, silicon/micro-Si, SiOx.
   */
  static List<String> requiredPaths(String cell) {
    String s = cell.replaceAll("\\([^()]*\\)", "");
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\s*([^,\\[]+?)\\s*(?:\\[([^\\]]*)\\])?\\s*(?:,|$)").matcher(s);
    while (m.find() && !m.group(1).isBlank()) {
      String parent = m.group(1).strip();
      out.add(parent);
      if (m.group(2) != null) {
        for (String child : m.group(2).split(",")) {
          out.add(parent + "/" + child.strip());
        }
      }
    }
    return out;
  }

  @Test
  void aBrokenUserTaxonomyIsRefusedWithWhereItIsBroken() {
    String yaml = "dimensions:\n  - key: material\n    label: M\n    values:\n      - value: a/b\n";
    assertThatThrownBy(
            () ->
                Taxonomy.parse(
                    new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "mine.yaml"))
        .hasMessageContaining("mine.yaml")
        .hasMessageContaining("a/b");
    String badRegex =
        "dimensions:\n  - key: material\n    label: M\n    values:\n      - value: x\n        signals:\n          - regex: ['(']\n";
    assertThatThrownBy(
            () ->
                Taxonomy.parse(
                    new ByteArrayInputStream(badRegex.getBytes(StandardCharsets.UTF_8)),
                    "mine.yaml"))
        .hasMessageContaining("material:x")
        .hasMessageContaining("bad regex");
  }
}
