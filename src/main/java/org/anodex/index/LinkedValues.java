package org.anodex.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anodex.enrich.properties.PropertyConfig;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.search.Query;

/**
 * Each value of a numeric property together with its own conditions, as one multi-dimensional point
 * of the field {@code lv_<property>}: the value, then one dimension per condition key ({@link
 * #CONDITIONS}). A range over such points asks for one value whose conditions are in range at once,
 * which separate one-dimensional fields cannot (85 % after 100 cycles and 700 cycles elsewhere
 * would match both).
 *
 * <p>A condition the value does not carry is NaN, which the points' sortable encoding puts above
 * +infinity: no bounded or open-ended condition range reaches it, while a dimension that is not
 * asked is searched from -infinity to NaN. A range value (1–3) is indexed by both ends, as the
 * plain range fields are. SolrCloud indexes the same points through a field type of the plugin jar,
 * from {@link #encode}d strings.
 */
public final class LinkedValues {
  /**
   * The condition keys a value can carry, in dimension order: those of the built-in {@code
   * properties.yaml} (Lucene points index at most 8 dimensions, the value and 7 conditions). A
   * change is a change of layout.
   */
  public static final List<String> CONDITIONS = List.copyOf(PropertyConfig.defaults().conditions());

  private static final String PREFIX = "lv_";

  static {
    if (CONDITIONS.size() > 7) {
      throw new IllegalStateException(
          "at most 7 linked conditions fit in a point, properties.yaml has " + CONDITIONS);
    }
  }

  private LinkedValues() {}

  /** The field of a property's linked points. */
  public static String field(String property) {
    return PREFIX + property;
  }

  /** Adds the linked points of the paper's values of {@code properties} to its document. */
  static void addTo(Document doc, Paper paper, Set<String> properties) {
    points(paper, properties)
        .forEach((field, points) -> points.forEach(p -> doc.add(new DoublePoint(field, p))));
  }

  /**
   * The linked points of a paper as text by field, for an index that builds the points itself
   * (Solr).
   */
  public static Map<String, List<String>> encoded(Paper paper, Set<String> properties) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    points(paper, properties)
        .forEach(
            (field, points) -> out.put(field, points.stream().map(LinkedValues::encode).toList()));
    return out;
  }

  /** The point a value's text stands for. */
  public static DoublePoint point(String field, String encoded) {
    String[] parts = encoded.strip().split(" ");
    if (parts.length != CONDITIONS.size() + 1) {
      throw new IllegalArgumentException(
          "a linked value has " + (CONDITIONS.size() + 1) + " numbers, was '" + encoded + "'");
    }
    double[] p = new double[parts.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = Double.parseDouble(parts[i]);
    }
    return new DoublePoint(field, p);
  }

  /**
   * Papers with one value of {@code property} in [min, max] whose conditions are within {@code
   * conditions} (by key: its min and max, null where open).
   */
  public static Query query(
      String property, Double min, Double max, Map<String, Double[]> conditions) {
    int dims = CONDITIONS.size() + 1;
    double[] lower = new double[dims];
    double[] upper = new double[dims];
    lower[0] = min == null ? Double.NEGATIVE_INFINITY : min;
    upper[0] = max == null ? Double.POSITIVE_INFINITY : max;
    for (int i = 1; i < dims; i++) {
      Double[] bounds = conditions.get(CONDITIONS.get(i - 1));
      lower[i] = bounds == null || bounds[0] == null ? Double.NEGATIVE_INFINITY : bounds[0];
      // Not asked: anything, a missing condition (NaN) too. Asked: never NaN, even with an open
      // end.
      upper[i] =
          bounds == null ? Double.NaN : bounds[1] == null ? Double.POSITIVE_INFINITY : bounds[1];
    }
    return DoublePoint.newRangeQuery(field(property), lower, upper);
  }

  private static Map<String, List<double[]>> points(Paper paper, Set<String> properties) {
    Map<String, List<double[]>> out = new LinkedHashMap<>();
    for (Property prop : paper.properties()) {
      if (prop.value() != null && properties.contains(prop.name())) {
        List<double[]> points = out.computeIfAbsent(field(prop.name()), k -> new ArrayList<>());
        points.add(point(prop, prop.value()));
        if (prop.max() != null) {
          points.add(point(prop, prop.max()));
        }
      }
    }
    return out;
  }

  private static double[] point(Property prop, double value) {
    double[] p = new double[CONDITIONS.size() + 1];
    p[0] = value;
    for (int i = 0; i < CONDITIONS.size(); i++) {
      p[i + 1] =
          prop.conditions().get(CONDITIONS.get(i)) instanceof Number n
              ? n.doubleValue()
              : Double.NaN;
    }
    return p;
  }

  private static String encode(double[] point) {
    StringBuilder s = new StringBuilder();
    for (double d : point) {
      s.append(s.length() == 0 ? "" : " ").append(d);
    }
    return s.toString();
  }
}
