package org.anodex.eval.properties;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * Minimum figures of property extraction ({@code property-thresholds.yaml}): recall per peer-set
 * file, precision and recall per dev-set property or over {@code all}, the share of attribution
 * checks right per key or over {@code all}. {@link #failures} lists what falls short.
 */
public record Thresholds(
    Map<String, Minimum> peer,
    Map<String, Minimum> dev,
    Map<String, Double> attribution,
    @JsonProperty("attribution_corpus") Map<String, Double> attributionCorpus) {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  public Thresholds {
    peer = peer == null ? Map.of() : peer;
    dev = dev == null ? Map.of() : dev;
    attribution = attribution == null ? Map.of() : attribution;
    attributionCorpus = attributionCorpus == null ? Map.of() : attributionCorpus;
  }

  public static Thresholds load(Path file) throws IOException {
    return YAML.readValue(file.toFile(), Thresholds.class);
  }

  /** Every figure below its minimum, one line each; empty when all hold. */
  public List<String> failures(List<PeerSet.FileResult> peerResults, DevSet.Result devResult) {
    return failures(peerResults, devResult, null);
  }

  /** As above, and the share of attribution checks right, per key of the set or {@code all}. */
  public List<String> failures(
      List<PeerSet.FileResult> peerResults,
      DevSet.Result devResult,
      AttributionSet.Result attributed) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Minimum> e : peer.entrySet()) {
      PeerSet.FileResult r =
          peerResults.stream()
              .filter(f -> f.spec().file().equals(e.getKey()))
              .findFirst()
              .orElse(null);
      if (r == null) {
        out.add("peer " + e.getKey() + ": no such file in the peer set");
      } else if (r.recall() < e.getValue().r()) {
        out.add(
            String.format(
                Locale.ROOT,
                "peer %s: recall %.3f < %.3f",
                e.getKey(),
                r.recall(),
                e.getValue().r()));
      }
    }
    if (devResult != null) {
      for (Map.Entry<String, Minimum> e : dev.entrySet()) {
        Tally t =
            e.getKey().equals("all") ? devResult.all() : devResult.byProperty().get(e.getKey());
        e.getValue().check("dev " + e.getKey(), t, "no such property", out);
      }
    }
    if (attributed != null) {
      out.addAll(attributionFailures("attribution", attribution, attributed));
    }
    return out;
  }

  /**
   * Every attribution share below its minimum in {@code minimums} ({@link #attribution} or {@link
   * #attributionCorpus}), and any value extracted that the set lists as absent.
   */
  public static List<String> attributionFailures(
      String what, Map<String, Double> minimums, AttributionSet.Result attributed) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : minimums.entrySet()) {
      AttributionSet.Share share =
          e.getKey().equals("all") ? attributed.all() : attributed.byKey().get(e.getKey());
      if (share == null) {
        out.add(what + " " + e.getKey() + ": no such key");
      } else if (share.share() < e.getValue()) {
        out.add(
            String.format(
                java.util.Locale.ROOT,
                "%s %s: share %.3f < %.3f",
                what,
                e.getKey(),
                share.share(),
                e.getValue()));
      }
    }
    if (attributed.absent() > 0) {
      out.add(
          what
              + ": "
              + attributed.absent()
              + " value(s) extracted that are no battery measurement");
    }
    return out;
  }
}
