package org.anodex.eval.properties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.enrich.properties.PropertyExtractor;
import org.anodex.paper.Property;

/**
 * The peer evaluation set ({@code corpora/extraction/batterydataextractor-eval/*.csv}): sentences
 * with one gold value (or a list of them) each. A row is found when every gold value, normalized,
 * is extracted from its text under the file's property; precision is not measured, since a sentence
 * often gives more values than the gold lists. Gold quirks handled: DOIs ending in a newline, "541
 * , 480 , …" lists, "3.2 * 10-3" and bare "10-4" (conductivity), ranges "98-100", "0.2 to 0.45",
 * "between 0.9 and 1.85", and "1000 840" (two values).
 */
public final class PeerSet {
  private static final String NUM = "-?\\d*\\.?\\d+(?:\\s*\\*\\s*10\\s*-\\s*\\d+)?";
  private static final Pattern ITEM =
      Pattern.compile("^(" + NUM + ")(?:\\s*(?:-|to)\\s*(" + NUM + "))?$");
  private static final Pattern SCI =
      Pattern.compile("^(-?\\d*\\.?\\d+)\\s*\\*\\s*10\\s*-\\s*(\\d+)$");
  private static final Pattern BETWEEN = Pattern.compile("between\\s+(\\S+)\\s+and\\s+(\\S+)");
  private static final Map<String, Double> GOLD_UNITS =
      Map.of(
          "mahg-1", 1.0, "scm-1", 1.0, "mscm-1", 0.001, "%", 1.0, "v", 1.0, "wh/kg", 1.0, "whkg-1",
          1.0);

  /** A CSV of the set and the properties a row's value may be extracted under. */
  public record FileSpec(String file, Set<String> properties, boolean powersOfTen) {}

  public static final List<FileSpec> FILES =
      List.of(
          new FileSpec("capacity.csv", Set.of("specific_capacity"), false),
          new FileSpec(
              "coulombic_efficiency.csv",
              Set.of("initial_coulombic_efficiency", "coulombic_efficiency"),
              false),
          new FileSpec("conductivity.csv", Set.of("ionic_conductivity"), true),
          new FileSpec("energy.csv", Set.of("energy_density"), false),
          new FileSpec("voltage.csv", Set.of("voltage"), false));

  public record Row(
      String doi, String text, String gold, List<Expected> expected, List<Property> extracted) {}

  public record FileResult(FileSpec spec, int rows, int found, List<Row> missed) {
    public double recall() {
      return rows == 0 ? 1.0 : (double) found / rows;
    }
  }

  private PeerSet() {}

  public static List<FileResult> evaluate(Path dir, PropertyExtractor extractor)
      throws IOException {
    List<FileResult> out = new ArrayList<>();
    for (FileSpec spec : FILES) {
      Path file = dir.resolve(spec.file());
      if (!Files.isRegularFile(file)) {
        throw new IOException("peer set file missing: " + file);
      }
      int rows = 0;
      int found = 0;
      List<Row> missed = new ArrayList<>();
      for (Map<String, String> r : Csv.read(file)) {
        List<Expected> gold = expected(r.get("Value"), r.get("Unit"), spec, extractor);
        List<Property> extracted = extractor.extract(r.get("Text"));
        rows++;
        if (Expected.pair(gold, new ArrayList<>(extracted)).isEmpty()) {
          found++;
        } else {
          missed.add(
              new Row(
                  r.get("DOI").strip(),
                  r.get("Text").strip(),
                  r.get("Value").strip(),
                  gold,
                  extracted));
        }
      }
      out.add(new FileResult(spec, rows, found, missed));
    }
    return out;
  }

  static List<Expected> expected(
      String value, String unit, FileSpec spec, PropertyExtractor extractor) {
    Double factor = GOLD_UNITS.get(unit.replace(" ", "").toLowerCase(Locale.ROOT));
    if (factor == null) {
      throw new IllegalArgumentException("peer set: unknown gold unit '" + unit + "'");
    }
    String canonical = extractor.config().unitOf(spec.properties().iterator().next());
    List<Expected> out = new ArrayList<>();
    for (double[] v : values(value, spec.powersOfTen())) {
      out.add(
          new Expected(
              spec.properties(),
              v[0] * factor,
              Double.isNaN(v[1]) ? null : v[1] * factor,
              canonical));
    }
    return out;
  }

  /** Gold values as {value, max or NaN}. */
  static List<double[]> values(String raw, boolean powersOfTen) {
    String s =
        raw.strip()
            .replace('\u2212', '-')
            .replace('\u2013', '-')
            .replace('\u00D7', '*')
            .replace('\u202F', ' ')
            .replace('\u00A0', ' ');
    Matcher b = BETWEEN.matcher(s);
    s = b.replaceAll("$1 to $2");
    List<double[]> out = new ArrayList<>();
    if (s.matches("[\\d.]+ [\\d.]+")) {
      for (String part : s.split(" ")) {
        out.add(new double[] {Double.parseDouble(part), Double.NaN});
      }
      return out;
    }
    for (String item : s.split(",|\\band\\b")) {
      String it = item.strip();
      if (it.isEmpty()) {
        continue;
      }
      if (powersOfTen && it.matches("10\\s*-\\s*\\d{1,2}")) {
        out.add(
            new double[] {
              Math.pow(10, -Integer.parseInt(it.replaceAll("^10\\s*-\\s*", ""))), Double.NaN
            });
        continue;
      }
      Matcher m = ITEM.matcher(it);
      if (!m.matches()) {
        throw new IllegalArgumentException("peer set: cannot read gold value '" + raw + "'");
      }
      out.add(
          new double[] {number(m.group(1)), m.group(2) == null ? Double.NaN : number(m.group(2))});
    }
    return out;
  }

  private static double number(String s) {
    Matcher m = SCI.matcher(s.strip());
    if (m.matches()) {
      return Double.parseDouble(m.group(1)) * Math.pow(10, -Integer.parseInt(m.group(2)));
    }
    return Double.parseDouble(s.strip());
  }
}
