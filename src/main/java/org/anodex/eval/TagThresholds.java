package org.anodex.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Minimum figures of topic tagging on the dev set ({@code tag-thresholds.yaml}): precision and
 * recall per dimension or over {@code all}. {@link #failures} lists what falls short.
 */
public record TagThresholds(Map<String, Minimum> dev) {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  public TagThresholds {
    dev = dev == null ? Map.of() : dev;
  }

  public static TagThresholds load(Path file) throws IOException {
    return YAML.readValue(file.toFile(), TagThresholds.class);
  }

  /** Every figure below its minimum, one line each; empty when all hold. */
  public List<String> failures(TagEvaluation.Result result) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Minimum> e : dev.entrySet()) {
      Tally t = e.getKey().equals("all") ? result.all() : result.byDimension().get(e.getKey());
      e.getValue().check("dev " + e.getKey(), t, "no such dimension", out);
    }
    return out;
  }
}
