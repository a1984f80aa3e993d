package org.anodex.eval.properties;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.enrich.properties.PropertyExtractor;
import org.anodex.eval.CorpusPapers;
import org.anodex.paper.Dois;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;

/**
 * An attribution set ({@code attribution.yaml}, {@code attribution-corpus.yaml}): team-written
 * texts, or corpus papers named by DOI, whose values are labelled with what they describe, their
 * cell, their section and their cycle count. Each text is enriched as a paper; each labelled value
 * is paired with an extracted one, and each labelled key is checked against it (a value not
 * extracted fails all its checks). Values listed as {@code absent} must not be extracted.
 */
public final class AttributionSet {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  /** The keys a label line may check, in the order they are reported. */
  public static final List<String> KEYS = List.of("describes", "cell", "section", "cycles");

  private static final Pattern CHECK = Pattern.compile(" (\\w+)=(.*?)(?= \\w+=|$)");
  private static final String UNKNOWN = "-";

  public record Labels(List<Text> texts) {}

  /** A team-written text (title, abstract, body), or a corpus paper named by {@code doi}. */
  public record Text(
      String id,
      String doi,
      String title,
      @JsonProperty("abstract") String abstractText,
      String body,
      List<String> expect,
      List<String> absent) {
    public Text {
      expect = expect == null ? List.of() : expect;
      absent = absent == null ? List.of() : absent;
    }
  }

  /** Checks of one key: how many were labelled and how many the extractor got right. */
  public record Share(int checked, int correct) {
    public double share() {
      return checked == 0 ? 1.0 : (double) correct / checked;
    }

    Share plus(boolean right) {
      return new Share(checked + 1, correct + (right ? 1 : 0));
    }
  }

  /** A check that failed: the text, the labelled line, what was wanted and what was found. */
  public record Miss(
      String text, String line, String key, String expected, String found, String evidence) {}

  public record Result(
      int values, Map<String, Share> byKey, Share all, int absent, List<Miss> misses) {}

  private AttributionSet() {}

  /**
   * Scores the set; texts named by DOI are read from {@code abstractsDir} (the battery-abstracts
   * corpus).
   */
  public static Result evaluate(Path labelsFile, Path abstractsDir, PropertyExtractor extractor)
      throws IOException {
    Labels labels = YAML.readValue(labelsFile.toFile(), Labels.class);
    Map<String, Paper> corpus =
        labels.texts().stream().anyMatch(x -> x.doi() != null)
            ? CorpusPapers.byDoi(abstractsDir)
            : Map.of();
    Map<String, Share> byKey = new LinkedHashMap<>();
    KEYS.forEach(k -> byKey.put(k, new Share(0, 0)));
    List<Miss> misses = new ArrayList<>();
    int values = 0;
    int absent = 0;
    for (Text text : labels.texts()) {
      String where = text.doi() != null ? text.doi() : text.id();
      Paper paper =
          text.doi() != null
              ? corpus.get(Dois.normalize(text.doi()))
              : Paper.builder()
                  .title(text.title())
                  .abstractText(text.abstractText())
                  .body(text.body())
                  .build(text.id());
      if (paper == null) {
        throw new IOException(
            labelsFile + ": no paper with DOI " + text.doi() + " in " + abstractsDir);
      }
      List<Property> all = extractor.enrich(paper).properties();
      List<Property> unmatched = new ArrayList<>(all);
      for (String line : text.expect()) {
        values++;
        int cut = line.indexOf('=') < 0 ? line.length() : line.lastIndexOf(' ', line.indexOf('='));
        Expected e = DevSet.expected(where, line.substring(0, cut), extractor);
        Property p = unmatched.stream().filter(e::matches).findFirst().orElse(null);
        unmatched.remove(p);
        Matcher m = CHECK.matcher(line.substring(cut));
        while (m.find()) {
          String key = m.group(1);
          if (!KEYS.contains(key)) {
            throw new IllegalArgumentException(
                where + ": unknown key '" + key + "' in '" + line + "'");
          }
          String want = m.group(2).strip();
          String found =
              p == null
                  ? "(value not extracted)"
                  : Objects.requireNonNullElse(found(p, key), UNKNOWN);
          boolean right = want.equals(found);
          byKey.merge(key, new Share(0, 0), (a, b) -> a.plus(right));
          if (!right) {
            misses.add(new Miss(where, line, key, want, found, p == null ? null : p.evidence()));
          }
        }
      }
      for (String line : text.absent()) {
        Expected e = DevSet.expected(where, line, extractor);
        Property p = all.stream().filter(e::matches).findFirst().orElse(null);
        if (p != null) {
          absent++;
          misses.add(new Miss(where, line, "absent", "not a property", p.name(), p.evidence()));
        }
      }
    }
    Share total =
        byKey.values().stream()
            .reduce(
                new Share(0, 0),
                (a, b) -> new Share(a.checked() + b.checked(), a.correct() + b.correct()));
    return new Result(values, byKey, total, absent, misses);
  }

  private static String found(Property p, String key) {
    return switch (key) {
      case "describes" -> p.describes();
      case "cell" -> p.cell();
      case "section" -> p.section();
      default ->
          p.conditions().get("cycles") == null
              ? null
              : String.valueOf(p.conditions().get("cycles"));
    };
  }
}
