package org.anodex.enrich.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.anodex.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The literal prefilter of {@link Attribution}'s patterns never skips a pattern that matches, so
 * the attributions are the same as running every pattern; and it does skip most of them.
 */
class PrefilterTest {
  private static final Rules RULES = new Rules(PropertyConfig.defaults());

  /** The patterns of {@link Rules#named}, in its order, and whether each sees past the sentence. */
  private static List<Pattern> named() {
    List<Pattern> out = new ArrayList<>(RULES.materials.values());
    out.add(RULES.electrode);
    out.add(RULES.cell);
    out.addAll(RULES.cells.values());
    return out;
  }

  @Test
  void noPatternThatMatchesASentenceOfTheBatteryAbstractsIsSkipped() throws Exception {
    List<Pattern> patterns = named();
    int sentences = 0;
    int runs = 0;
    int skipped = 0;
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in =
        Files.newBufferedReader(
            Fixtures.corpora().resolve("battery-abstracts/s2-battery-search.jsonl"))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode abs = json.readTree(line).path("abstract");
        if (!abs.isTextual()) {
          continue;
        }
        String t = NormalizedText.of(abs.asText()).text;
        int[] spans = Sentences.split(t);
        for (int s = 0; s < spans.length; s += 2) {
          sentences++;
          boolean[] may = RULES.named.mayMatch(t, spans[s], spans[s + 1]);
          for (int k = 0; k < patterns.size(); k++) {
            boolean matches =
                patterns
                    .get(k)
                    .matcher(t)
                    .region(spans[s], spans[s + 1])
                    .useTransparentBounds(true)
                    .find();
            if (matches) {
              assertThat(may[k])
                  .as("pattern %s in: %s", patterns.get(k), t.substring(spans[s], spans[s + 1]))
                  .isTrue();
            }
            runs++;
            skipped += may[k] ? 0 : 1;
          }
        }
      }
    }
    assertThat(sentences).isGreaterThan(10_000);
    assertThat(skipped).as("patterns skipped of %d", runs).isGreaterThan(runs / 2);
  }

  @Test
  void caseInsensitivePatternsFoldAsJavaDoes() {
    Prefilter p = new Prefilter(List.of("\\bsulfur\\b", "(?-i)\\bLFP\\b", "kelvin"));
    String t = "a \u017Fulfur cathode with LFP at 300 \u212Aelvin";
    assertThat(Rules.ci("\\bsulfur\\b").matcher(t).find()).isTrue();
    assertThat(p.mayMatch(t, 0, t.length())).containsExactly(true, true, true);
    assertThat(p.mayMatch("lfp", 0, 3)).containsExactly(false, false, false);
  }
}
