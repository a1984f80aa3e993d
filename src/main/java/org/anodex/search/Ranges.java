package org.anodex.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.index.Schema;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.NumericUtils;

/** Range filters ({@code FIELD:MIN..MAX}, either end open) and the bounds of each range field for sliders. */
public final class Ranges {
  private static final Pattern RANGE = Pattern.compile("([a-z_]+):\\s*(-?[0-9.]*)\\s*\\.\\.\\s*(-?[0-9.]*)");

  private Ranges() {}

  /** A range filter as asked: the field and its bounds, null where open. */
  public record Spec(String field, Integer min, Integer max) {}

  /** Reads {@code FIELD:MIN..MAX}; a malformed range or an unknown field is a 400 that says so. */
  public static Spec spec(String range) {
    Matcher m = RANGE.matcher(range.strip());
    if (!m.matches() || (m.group(2).isEmpty() && m.group(3).isEmpty())) {
      throw new InvalidRequestException("Bad range", "range must be FIELD:MIN..MAX (either end may be open), was '" + range + "'");
    }
    String field = m.group(1);
    if (!field.equals(Schema.YEAR)) {
      throw new InvalidRequestException("Unknown range field", "no range field '" + field + "'; known: year");
    }
    try {
      return new Spec(field, m.group(2).isEmpty() ? null : Integer.parseInt(m.group(2)),
          m.group(3).isEmpty() ? null : Integer.parseInt(m.group(3)));
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("Bad range", "year bounds must be whole numbers, was '" + range + "'");
    }
  }

  static Query parse(String range) {
    Spec s = spec(range);
    return IntPoint.newRangeQuery(s.field(), s.min() == null ? Integer.MIN_VALUE : s.min(),
        s.max() == null ? Integer.MAX_VALUE : s.max());
  }

  /** The smallest and largest value of every range field in the index. */
  static Map<String, SearchResult.Range> bounds(IndexSearcher searcher) throws IOException {
    Integer min = null;
    Integer max = null;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      PointValues pv = leaf.reader().getPointValues(Schema.YEAR);
      if (pv != null && pv.size() > 0) {
        int lo = NumericUtils.sortableBytesToInt(pv.getMinPackedValue(), 0);
        int hi = NumericUtils.sortableBytesToInt(pv.getMaxPackedValue(), 0);
        min = min == null ? lo : Math.min(min, lo);
        max = max == null ? hi : Math.max(max, hi);
      }
    }
    Map<String, SearchResult.Range> out = new LinkedHashMap<>();
    if (min != null) {
      out.put(Schema.YEAR, new SearchResult.Range(min, max));
    }
    return out;
  }
}
