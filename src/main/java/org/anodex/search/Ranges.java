package org.anodex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.index.Schema;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.NumericUtils;

/**
 * Range filters ({@code FIELD:MIN..MAX}, either end open) on the year and on every numeric property of the
 * schema ({@code specific_capacity:1000..}), and the bounds of each range field for sliders.
 */
public final class Ranges {
  private static final String NUMBER = "-?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?";
  private static final Pattern RANGE = Pattern.compile("([a-z_]+):\\s*(" + NUMBER + ")?\\s*\\.\\.\\s*(" + NUMBER + ")?");

  /** A range filter as asked: the field (year or a property key) and its bounds, null where open. */
  public record Spec(String field, Double min, Double max) {
    public boolean isYear() {
      return field.equals(Schema.YEAR);
    }

    /** The index field that holds the values. */
    public String indexField() {
      return isYear() ? Schema.YEAR : Schema.propertyField(field);
    }
  }

  private final Schema schema;

  public Ranges(Schema schema) {
    this.schema = schema;
  }

  /** The range fields: year, then the numeric properties. */
  public List<String> fields() {
    List<String> out = new ArrayList<>(List.of(Schema.YEAR));
    out.addAll(schema.propertyUnits().keySet());
    return out;
  }

  /** Reads {@code FIELD:MIN..MAX}; a malformed range or an unknown field is a 400 that says so. */
  public Spec spec(String range) {
    Matcher m = RANGE.matcher(range.strip());
    if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
      throw new InvalidRequestException("Bad range", "range must be FIELD:MIN..MAX (either end may be open), was '" + range + "'");
    }
    String field = m.group(1);
    if (!fields().contains(field)) {
      throw new InvalidRequestException("Unknown range field", "no range field '" + field + "'; known: "
          + String.join(", ", fields()));
    }
    Double min = m.group(2) == null ? null : Double.valueOf(m.group(2));
    Double max = m.group(3) == null ? null : Double.valueOf(m.group(3));
    if (field.equals(Schema.YEAR) && (min != null && min != Math.rint(min) || max != null && max != Math.rint(max))) {
      throw new InvalidRequestException("Bad range", "year bounds must be whole numbers, was '" + range + "'");
    }
    return new Spec(field, min, max);
  }

  Query query(String range) {
    Spec s = spec(range);
    if (s.isYear()) {
      return IntPoint.newRangeQuery(Schema.YEAR, s.min() == null ? Integer.MIN_VALUE : s.min().intValue(),
          s.max() == null ? Integer.MAX_VALUE : s.max().intValue());
    }
    return DoublePoint.newRangeQuery(s.indexField(), s.min() == null ? Double.NEGATIVE_INFINITY : s.min(),
        s.max() == null ? Double.POSITIVE_INFINITY : s.max());
  }

  /** The smallest and largest value of every range field in the index (fields with no value left out). */
  Map<String, SearchResult.Range> bounds(IndexSearcher searcher) throws IOException {
    Map<String, SearchResult.Range> out = new LinkedHashMap<>();
    for (String field : fields()) {
      boolean year = field.equals(Schema.YEAR);
      String indexField = year ? Schema.YEAR : Schema.propertyField(field);
      Double min = null;
      Double max = null;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        PointValues pv = leaf.reader().getPointValues(indexField);
        if (pv != null && pv.size() > 0) {
          double lo = year ? NumericUtils.sortableBytesToInt(pv.getMinPackedValue(), 0)
              : NumericUtils.sortableLongToDouble(NumericUtils.sortableBytesToLong(pv.getMinPackedValue(), 0));
          double hi = year ? NumericUtils.sortableBytesToInt(pv.getMaxPackedValue(), 0)
              : NumericUtils.sortableLongToDouble(NumericUtils.sortableBytesToLong(pv.getMaxPackedValue(), 0));
          min = min == null ? lo : Math.min(min, lo);
          max = max == null ? hi : Math.max(max, hi);
        }
      }
      if (min != null) {
        out.put(field, year ? new SearchResult.Range(min.intValue(), max.intValue()) : new SearchResult.Range(min, max));
      }
    }
    return out;
  }
}
