package org.anodex.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.index.LinkedValues;
import org.anodex.index.Schema;
import org.anodex.paper.Property;

/**
 * A range filter as numbers: the field (year or a property key), its bounds (null where open) and
 * the linked conditions that the same value of the property must carry ({@code
 * capacity_retention:80..@cycles:500..}). Without conditions a paper matches when any of its values
 * of the field falls in the bounds; with them, when one value does and that value's own conditions
 * fall in theirs (a value without the condition does not).
 */
public record RangeFilter(String field, Double min, Double max, List<Bounds> conditions) {
  private static final String NUMBER = "-?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?";
  private static final Pattern RANGE =
      Pattern.compile("([a-z_]+):\\s*(" + NUMBER + ")?\\s*\\.\\.\\s*(" + NUMBER + ")?");

  /** A condition's bounds: the condition key ({@code cycles}) and its bounds, null where open. */
  public record Bounds(String key, Double min, Double max) {}

  public RangeFilter {
    conditions = List.copyOf(conditions);
  }

  public boolean isYear() {
    return field.equals(Schema.YEAR);
  }

  public boolean isLinked() {
    return !conditions.isEmpty();
  }

  /**
   * Whether {@code p}, a value of this filter's property, is one the filter finds: the value (or,
   * for a range such as 1-3 µm, either end, as indexed) within the bounds, and each linked
   * condition the value carries within its own bounds (a value without the condition does not
   * hold).
   */
  public boolean holds(Property p) {
    if (!p.name().equals(field) || p.value() == null) {
      return false;
    }
    if (!within(p.value(), min, max) && (p.max() == null || !within(p.max(), min, max))) {
      return false;
    }
    for (Bounds c : conditions) {
      if (!(p.conditions().get(c.key()) instanceof Number n)
          || !within(n.doubleValue(), c.min(), c.max())) {
        return false;
      }
    }
    return true;
  }

  private static boolean within(double v, Double lo, Double hi) {
    return (lo == null || v >= lo) && (hi == null || v <= hi);
  }

  /** The index field that holds the values (unlinked). */
  public String indexField() {
    return isYear() ? Schema.YEAR : Schema.propertyField(field);
  }

  /** The range fields of a schema: year, then the numeric properties. */
  public static List<String> fields(Schema schema) {
    List<String> out = new ArrayList<>(List.of(Schema.YEAR));
    out.addAll(schema.propertyUnits().keySet());
    return out;
  }

  /**
   * Reads {@code FIELD:MIN..MAX}, with linked conditions {@code @COND:MIN..MAX} after it, and
   * checks it against the schema; a malformed range or condition, an unknown field or condition key
   * is a 400 that says which.
   */
  public static RangeFilter parse(String range, Schema schema) {
    RangeFilter r = read(range);
    List<String> fields = fields(schema);
    if (!fields.contains(r.field())) {
      throw new InvalidRequestException(
          "Unknown range field",
          "no range field '" + r.field() + "'; known: " + String.join(", ", fields));
    }
    if (r.isYear()
        && (r.min() != null && r.min() != Math.rint(r.min())
            || r.max() != null && r.max() != Math.rint(r.max()))) {
      throw new InvalidRequestException(
          "Bad range", "year bounds must be whole numbers, was '" + range + "'");
    }
    if (r.isYear() && r.isLinked()) {
      throw new InvalidRequestException(
          "Bad range",
          "year has no linked conditions: conditions belong to a "
              + "property's value (capacity_retention:80..@cycles:500..), was '"
              + range
              + "'");
    }
    List<String> seen = new ArrayList<>();
    for (Bounds c : r.conditions()) {
      if (!LinkedValues.CONDITIONS.contains(c.key())) {
        throw new InvalidRequestException(
            "Unknown condition",
            "no condition '"
                + c.key()
                + "' in '"
                + range
                + "'; a value's conditions are: "
                + String.join(", ", LinkedValues.CONDITIONS));
      }
      if (seen.contains(c.key())) {
        throw new InvalidRequestException(
            "Bad range", "condition '" + c.key() + "' is given twice in '" + range + "'");
      }
      seen.add(c.key());
    }
    return r;
  }

  /**
   * Reads the syntax alone (the text of {@link #text}, or a request's range); field names are not
   * checked.
   */
  public static RangeFilter read(String range) {
    String[] parts = range.strip().split("@", -1);
    Matcher m = RANGE.matcher(parts[0].strip());
    if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
      throw new InvalidRequestException(
          "Bad range",
          "range must be FIELD:MIN..MAX (either end may be open), was '" + range + "'");
    }
    List<Bounds> conditions = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      Matcher c = RANGE.matcher(parts[i].strip());
      if (!c.matches() || (c.group(2) == null && c.group(3) == null)) {
        throw new InvalidRequestException(
            "Bad range",
            "a linked condition must be @COND:MIN..MAX (either end may "
                + "be open, e.g. @cycles:500..), was '@"
                + parts[i].strip()
                + "' in '"
                + range
                + "'");
      }
      conditions.add(new Bounds(c.group(1), number(c.group(2)), number(c.group(3))));
    }
    return new RangeFilter(m.group(1), number(m.group(2)), number(m.group(3)), conditions);
  }

  /** The filter in the syntax {@link #read} reads. */
  public String text() {
    StringBuilder s =
        new StringBuilder(field).append(':').append(bound(min)).append("..").append(bound(max));
    conditions.forEach(
        c ->
            s.append('@')
                .append(c.key())
                .append(':')
                .append(bound(c.min()))
                .append("..")
                .append(bound(c.max())));
    return s.toString();
  }

  private static String bound(Double d) {
    return d == null ? "" : String.valueOf(d);
  }

  private static Double number(String s) {
    Double d = s == null ? null : Double.valueOf(s);
    if (d != null && d.isInfinite()) {
      throw new InvalidRequestException(
          "Bad range", "a bound must be a finite number, was '" + s + "'");
    }
    return d;
  }
}
