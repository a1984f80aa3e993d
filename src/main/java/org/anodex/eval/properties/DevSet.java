package org.anodex.eval.properties;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.enrich.properties.PropertyExtractor;
import org.anodex.eval.CorpusPapers;
import org.anodex.eval.Tally;
import org.anodex.paper.Dois;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;

/**
 * The property dev set: hand labels ({@code properties-dev.yaml}, papers by DOI, no abstract text)
 * and the papers themselves, read from the battery-abstracts corpus at run time ({@link
 * CorpusPapers}). Papers are compared as sets: each labelled value is paired with at most one
 * distinct extracted value (a value the paper repeats counts once on either side).
 */
public final class DevSet {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String NUMBER = "-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?";

  /** "specific_capacity 1595.4 mAh/g", "voltage 0.01..2.5 V", "particle_size ? mesh". */
  private static final Pattern LINE =
      Pattern.compile("^(\\w+) (\\?|" + NUMBER + ")(?:\\.\\.(" + NUMBER + "))? (\\S+)$");

  public record Labels(List<Label> papers) {}

  public record Label(String doi, List<String> expect) {}

  /** One paper's outcome: what was labelled, what was extracted, what did not pair up. */
  public record PaperResult(
      String doi,
      List<Expected> gold,
      List<Property> extracted,
      List<Expected> missed,
      List<Property> wrong) {}

  public record Result(Map<String, Tally> byProperty, Tally all, List<PaperResult> papers) {}

  private DevSet() {}

  public static Result evaluate(Path labelsFile, Path abstractsDir, PropertyExtractor extractor)
      throws IOException {
    Labels labels = YAML.readValue(labelsFile.toFile(), Labels.class);
    Map<String, Paper> papers = CorpusPapers.byDoi(abstractsDir);
    Map<String, Tally> byProperty = new TreeMap<>();
    for (String key : extractor.config().propertyKeys()) {
      byProperty.put(key, Tally.ZERO);
    }
    List<PaperResult> results = new ArrayList<>();
    for (Label label : labels.papers()) {
      Paper paper = papers.get(Dois.normalize(label.doi()));
      if (paper == null) {
        throw new IOException(
            labelsFile + ": no paper with DOI " + label.doi() + " in " + abstractsDir);
      }
      List<Expected> gold = parse(label, extractor);
      List<Property> extracted = extractor.enrich(paper).properties();
      List<Property> wrong = new ArrayList<>(extracted);
      List<Expected> missed = Expected.pair(gold, wrong);
      for (Expected e : gold) {
        byProperty.merge(e.property(), new Tally(1, 0, missed.contains(e) ? 0 : 1), Tally::plus);
      }
      for (Property p : extracted) {
        byProperty.merge(p.name(), new Tally(0, 1, 0), Tally::plus);
      }
      results.add(new PaperResult(label.doi(), gold, extracted, missed, wrong));
    }
    Tally all = byProperty.values().stream().reduce(Tally.ZERO, Tally::plus);
    return new Result(byProperty, all, results);
  }

  /**
   * One label line, "PROPERTY VALUE UNIT" (or "MIN..MAX", or "?" for a value kept raw); {@code
   * where} names it in errors.
   */
  static Expected expected(String where, String line, PropertyExtractor extractor) {
    Matcher m = LINE.matcher(line.strip());
    String canonical = m.matches() ? extractor.config().unitOf(m.group(1)) : null;
    if (canonical == null) {
      throw new IllegalArgumentException(where + ": cannot read label '" + line + "'");
    }
    if (m.group(2).equals("?")) {
      return new Expected(m.group(1), null, null, m.group(4));
    }
    if (!canonical.equals(m.group(4))) {
      throw new IllegalArgumentException(
          where + ": '" + line + "' is not in the canonical unit " + canonical);
    }
    Double max = m.group(3) == null ? null : Double.valueOf(m.group(3));
    return new Expected(m.group(1), Double.valueOf(m.group(2)), max, canonical);
  }

  static List<Expected> parse(Label label, PropertyExtractor extractor) {
    List<Expected> out = new ArrayList<>();
    for (String line : label.expect() == null ? List.<String>of() : label.expect()) {
      out.add(expected(label.doi(), line, extractor));
    }
    // Labels are sets: a value listed twice counts once.
    Map<String, Expected> unique = new LinkedHashMap<>();
    for (Expected e : out) {
      unique.putIfAbsent(e.toString(), e);
    }
    return new ArrayList<>(unique.values());
  }
}
