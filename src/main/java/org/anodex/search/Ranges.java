package org.anodex.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anodex.index.LinkedValues;
import org.anodex.index.Schema;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.NumericUtils;

/**
 * Range filters ({@link RangeFilter}) as Lucene queries: on the year, on every numeric property of
 * the schema ({@code specific_capacity:1000..}) and on a property's values with their linked
 * conditions ({@link LinkedValues}); and the bounds of each range field for sliders.
 */
public final class Ranges {
  private final Schema schema;

  public Ranges(Schema schema) {
    this.schema = schema;
  }

  /** The query of a range filter (SolrCloud's nodes build the linked ones here too). */
  public static Query query(RangeFilter r) {
    if (r.isYear()) {
      return IntPoint.newRangeQuery(
          Schema.YEAR,
          r.min() == null ? Integer.MIN_VALUE : r.min().intValue(),
          r.max() == null ? Integer.MAX_VALUE : r.max().intValue());
    }
    if (r.isLinked()) {
      Map<String, Double[]> conditions = new LinkedHashMap<>();
      r.conditions().forEach(c -> conditions.put(c.key(), new Double[] {c.min(), c.max()}));
      return LinkedValues.query(r.field(), r.min(), r.max(), conditions);
    }
    return DoublePoint.newRangeQuery(
        r.indexField(),
        r.min() == null ? Double.NEGATIVE_INFINITY : r.min(),
        r.max() == null ? Double.POSITIVE_INFINITY : r.max());
  }

  /**
   * The smallest and largest value of every range field in the index (fields with no value left
   * out).
   */
  Map<String, SearchResult.Range> bounds(IndexSearcher searcher) throws IOException {
    Map<String, SearchResult.Range> out = new LinkedHashMap<>();
    for (String field : RangeFilter.fields(schema)) {
      boolean year = field.equals(Schema.YEAR);
      String indexField = year ? Schema.YEAR : Schema.propertyField(field);
      Double min = null;
      Double max = null;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        PointValues pv = leaf.reader().getPointValues(indexField);
        if (pv != null && pv.size() > 0) {
          double lo =
              year
                  ? NumericUtils.sortableBytesToInt(pv.getMinPackedValue(), 0)
                  : NumericUtils.sortableLongToDouble(
                      NumericUtils.sortableBytesToLong(pv.getMinPackedValue(), 0));
          double hi =
              year
                  ? NumericUtils.sortableBytesToInt(pv.getMaxPackedValue(), 0)
                  : NumericUtils.sortableLongToDouble(
                      NumericUtils.sortableBytesToLong(pv.getMaxPackedValue(), 0));
          min = min == null ? lo : Math.min(min, lo);
          max = max == null ? hi : Math.max(max, hi);
        }
      }
      if (min != null) {
        out.put(
            field,
            year
                ? new SearchResult.Range(min.intValue(), max.intValue())
                : new SearchResult.Range(min, max));
      }
    }
    return out;
  }
}
