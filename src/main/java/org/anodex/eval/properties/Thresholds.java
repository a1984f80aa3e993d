package org.anodex.eval.properties;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anodex.eval.Minimum;
import org.anodex.eval.Tally;

/**
 * Minimum figures of property extraction ({@code property-thresholds.yaml}): recall per peer-set file,
 * precision and recall per dev-set property or over {@code all}. {@link #failures} lists what falls short.
 */
public record Thresholds(Map<String, Minimum> peer, Map<String, Minimum> dev) {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  public Thresholds {
    peer = peer == null ? Map.of() : peer;
    dev = dev == null ? Map.of() : dev;
  }

  public static Thresholds load(Path file) throws IOException {
    return YAML.readValue(file.toFile(), Thresholds.class);
  }

  /** Every figure below its minimum, one line each; empty when all hold. */
  public List<String> failures(List<PeerSet.FileResult> peerResults, DevSet.Result devResult) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Minimum> e : peer.entrySet()) {
      PeerSet.FileResult r = peerResults.stream().filter(f -> f.spec().file().equals(e.getKey())).findFirst().orElse(null);
      if (r == null) {
        out.add("peer " + e.getKey() + ": no such file in the peer set");
      } else if (r.recall() < e.getValue().r()) {
        out.add(String.format(Locale.ROOT, "peer %s: recall %.3f < %.3f", e.getKey(), r.recall(), e.getValue().r()));
      }
    }
    if (devResult != null) {
      for (Map.Entry<String, Minimum> e : dev.entrySet()) {
        Tally t = e.getKey().equals("all") ? devResult.all() : devResult.byProperty().get(e.getKey());
        e.getValue().check("dev " + e.getKey(), t, "no such property", out);
      }
    }
    return out;
  }
}
