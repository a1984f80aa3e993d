package org.anodex.enrich.properties;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The property table ({@code properties.yaml}) as written: properties and canonical units, unit
 * spellings and factors, and the context patterns. Data, not code: a user extends a copy and points
 * {@code ANODEX_PROPERTIES} at it. {@link Rules} is the compiled form.
 */
public record PropertyConfig(
    List<PropertyDef> properties,
    Map<String, UnitDef> units,
    List<String> symbols,
    Map<String, String> aliases,
    List<String> powersOfTen,
    List<Implicit> implicitUnits,
    List<String> cycleConnectors,
    String ordinalCycleFollowers,
    Map<String, String> qualifiers,
    String labels,
    String changes,
    String changeFrom,
    String perCycle,
    String theoretical,
    Percent percent,
    Size size,
    Conductivity conductivity,
    List<String> conditions,
    Map<String, List<String>> conditionsNotOf,
    List<NotMeasurement> notMeasurements,
    Sections sections,
    Map<String, String> cells,
    Describes describes) {
  /** The property key of units whose property a bare percentage's context decides. */
  public static final String PERCENT = "percent";

  /** The property key of context cues that make a value no property at all. */
  public static final String NONE = "none";

  private static final ObjectMapper YAML =
      org.anodex.config.YamlFiles.mapper(PropertyNamingStrategies.SNAKE_CASE);

  public record PropertyDef(String key, String unit) {}

  /** {@code factor} null: recognised, not convertible (kept raw with value null). */
  public record UnitDef(String property, Double factor) {}

  public record Implicit(String pattern, String unit) {}

  public record Cue(String property, String pattern) {}

  public record Percent(
      List<Cue> after, List<Cue> before, String initialSentence, String initialUnless) {}

  public record Size(
      String property,
      int beforeChars,
      int afterChars,
      int afterPenalty,
      String positive,
      String negative) {}

  public record Conductivity(
      String property, String word, String electronic, String ionic, double maxUnqualified) {}

  /**
   * A context that makes a value of {@code property} no battery measurement (before it, or right
   * after it).
   */
  public record NotMeasurement(String property, int beforeChars, String before, String after) {}

  /** Section headings: their numbering, and per section label the words of its heading. */
  public record Sections(String numbering, Map<String, String> headings) {}

  /**
   * What a value describes: material labels and their patterns, electrode and cell words, and the
   * cues around them.
   */
  public record Describes(
      Map<String, String> materials,
      String electrode,
      String cell,
      String genericCell,
      String counterpart,
      String of,
      String samePhrase) {}

  public PropertyConfig {
    properties = properties == null ? List.of() : List.copyOf(properties);
    units = units == null ? Map.of() : new LinkedHashMap<>(units);
    symbols = symbols == null ? List.of() : List.copyOf(symbols);
    aliases = aliases == null ? Map.of() : new LinkedHashMap<>(aliases);
    powersOfTen = powersOfTen == null ? List.of() : List.copyOf(powersOfTen);
    implicitUnits = implicitUnits == null ? List.of() : List.copyOf(implicitUnits);
    cycleConnectors = cycleConnectors == null ? List.of() : List.copyOf(cycleConnectors);
    qualifiers = qualifiers == null ? Map.of() : new LinkedHashMap<>(qualifiers);
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
    conditionsNotOf = conditionsNotOf == null ? Map.of() : Map.copyOf(conditionsNotOf);
    notMeasurements = notMeasurements == null ? List.of() : List.copyOf(notMeasurements);
    cells = cells == null ? Map.of() : new LinkedHashMap<>(cells);
  }

  public static PropertyConfig defaults() {
    try (InputStream in = PropertyConfig.class.getResourceAsStream("/properties.yaml")) {
      return parse(in, "properties.yaml (built in)");
    } catch (IOException e) {
      throw new IllegalStateException(
          "the built-in property table does not load: " + e.getMessage(), e);
    }
  }

  public static PropertyConfig load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    }
  }

  /** The table named by {@code file}, else by {@code ANODEX_PROPERTIES}, else the built-in one. */
  public static PropertyConfig fromFileOrEnv(Path file) throws IOException {
    if (file != null) {
      return load(file);
    }
    String env = System.getenv("ANODEX_PROPERTIES");
    return env == null || env.isBlank() ? defaults() : load(Path.of(env));
  }

  static PropertyConfig parse(InputStream in, String name) throws IOException {
    PropertyConfig c = org.anodex.config.YamlFiles.read(YAML, in, name, PropertyConfig.class);
    c.validate(name);
    return c;
  }

  /** The canonical unit of a property, or null when the table does not define it. */
  public String unitOf(String property) {
    return properties.stream()
        .filter(p -> p.key().equals(property))
        .map(PropertyDef::unit)
        .findFirst()
        .orElse(null);
  }

  public List<String> propertyKeys() {
    return properties.stream().map(PropertyDef::key).toList();
  }

  /** Every property with its canonical unit, in the table's order. */
  public Map<String, String> canonicalUnits() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    properties.forEach(p -> out.put(p.key(), p.unit()));
    return out;
  }

  private void validate(String name) throws IOException {
    List<String> keys = propertyKeys();
    for (Map.Entry<String, UnitDef> u : units.entrySet()) {
      String p = u.getValue().property();
      if (!PERCENT.equals(p) && !keys.contains(p)) {
        throw new IOException(
            name + ": unit '" + u.getKey() + "' names unknown property '" + p + "'");
      }
    }
    for (String c : conditions) {
      if (!keys.contains(c)) {
        throw new IOException(name + ": condition '" + c + "' is not a property");
      }
    }
    if (percent == null || size == null || conductivity == null) {
      throw new IOException(name + ": percent, size and conductivity sections are required");
    }
    if (sections == null || describes == null) {
      // A copy made before attribution existed: say what to add rather than fail on a null later.
      throw new IOException(
          name
              + ": 'sections' and 'describes' are required (copy them, with 'cells', from the"
              + " built-in properties.yaml)");
    }
    for (NotMeasurement n : notMeasurements) {
      if (!keys.contains(n.property())) {
        throw new IOException(
            name + ": not_measurements names unknown property '" + n.property() + "'");
      }
      check(name, n.before());
      check(name, n.after());
    }
    for (String cell : cells.keySet()) {
      if (!List.of("half", "full").contains(cell)) {
        throw new IOException(name + ": cells are half or full, not '" + cell + "'");
      }
    }
    for (String p :
        concat(
            List.copyOf(cells.values()),
            concat(
                List.copyOf(sections.headings().values()),
                List.copyOf(describes.materials().values())))) {
      check(name, p);
    }
    for (Cue cue : concat(percent.after(), percent.before())) {
      if (!NONE.equals(cue.property()) && !keys.contains(cue.property())) {
        throw new IOException(
            name + ": percent cue names unknown property '" + cue.property() + "'");
      }
      check(name, cue.pattern());
    }
    for (String p :
        List.of(
            labels,
            changes,
            changeFrom,
            perCycle,
            theoretical,
            ordinalCycleFollowers,
            percent.initialSentence(),
            percent.initialUnless(),
            size.positive(),
            size.negative(),
            conductivity.word(),
            conductivity.electronic(),
            conductivity.ionic(),
            sections.numbering(),
            describes.electrode(),
            describes.cell(),
            describes.genericCell(),
            describes.counterpart(),
            describes.of(),
            describes.samePhrase())) {
      check(name, p);
    }
    for (String q : qualifiers.values()) {
      check(name, q);
    }
    for (Implicit i : implicitUnits) {
      check(name, i.pattern());
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(
            a == null ? java.util.stream.Stream.empty() : a.stream(),
            b == null ? java.util.stream.Stream.empty() : b.stream())
        .toList();
  }

  private static void check(String name, String regex) throws IOException {
    if (regex == null) {
      throw new IOException(name + ": a pattern is missing");
    }
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IOException(name + ": bad pattern '" + regex + "': " + e.getDescription());
    }
  }
}
