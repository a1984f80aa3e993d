package org.anodex.search;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.anodex.index.Schema;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.NumericUtils;

/**
 * The distribution of a range field's values over a search's matches ({@code histograms=}): about
 * {@link #BUCKETS} buckets of a round width (1, 2 or 5 times a power of ten) spanning the field's
 * values in the whole index, so that the buckets stay put while the search narrows; each counts the
 * matching papers with a value in it ({@link SearchResult.Bucket}). The embedded index counts here,
 * from the points the range filters use; SolrCloud counts the same buckets with query facets.
 */
public final class Histograms {
  static final int BUCKETS = 20;

  /** Positive values spread over this many powers of ten or more are bucketed on a log scale. */
  static final int DECADES = 3;

  private Histograms() {}

  /** The fields asked for, each once; an unknown one is a 400 that names the known ones. */
  static List<String> fields(List<String> asked, List<String> known) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String f : asked) {
      String field = f.strip();
      if (field.isEmpty()) {
        continue;
      }
      if (!known.contains(field)) {
        throw new InvalidRequestException(
            "Unknown histogram field",
            "no range field '" + field + "'; known: " + String.join(", ", known));
      }
      out.add(field);
    }
    return List.copyOf(out);
  }

  /**
   * The bucket edges over {@code [min, max]}: {@code n + 1} round numbers, the first at or below
   * {@code min}, the last above {@code max}; whole numbers for {@code whole} fields (the year).
   * Positive values spread over {@link #DECADES} or more powers of ten (cycles from 1 to 150,000; a
   * capacity misread as 208,900 mAh/g) get edges 1, 2, 5 times each power of ten: equal widths
   * would put nearly every value in the first bucket.
   */
  public static double[] edges(double min, double max, boolean whole) {
    if (!whole && min > 0 && max / min >= Math.pow(10, DECADES)) {
      return logEdges(min, max);
    }
    // One value alone: a year gets a bucket of its own, a number one as wide as a twentieth of it.
    double span = max > min ? max - min : whole ? BUCKETS : min != 0 ? Math.abs(min) : 1;
    double raw = span / BUCKETS;
    int exponent = (int) Math.floor(Math.log10(raw));
    double mantissa = raw / Math.pow(10, exponent);
    int step = mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10;
    BigDecimal width = BigDecimal.valueOf(step).scaleByPowerOfTen(exponent);
    if (whole && width.compareTo(BigDecimal.ONE) < 0) {
      width = BigDecimal.ONE;
    }
    long k = (long) Math.floor(min / width.doubleValue());
    while (edge(width, k) > min) {
      k--;
    }
    while (edge(width, k + 1) <= min) {
      k++;
    }
    List<Double> edges = new ArrayList<>(List.of(edge(width, k)));
    while (edges.get(edges.size() - 1) <= max) {
      edges.add(edge(width, k + edges.size()));
    }
    return edges.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Edges 1, 2 and 5 times the powers of ten, from the largest at or below {@code min} to the first
   * above {@code max}.
   */
  private static double[] logEdges(double min, double max) {
    int[] steps = {1, 2, 5};
    int exponent = (int) Math.floor(Math.log10(min));
    List<Double> edges = new ArrayList<>();
    for (int e = exponent; edges.isEmpty() || edges.get(edges.size() - 1) <= max; e++) {
      for (int step : steps) {
        double edge = BigDecimal.valueOf(step).scaleByPowerOfTen(e).doubleValue();
        if (edge <= min) {
          edges.clear(); // only the largest edge at or below min starts the list
        }
        if (edges.isEmpty() || edges.get(edges.size() - 1) <= max) {
          edges.add(edge);
        }
      }
    }
    return edges.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * The {@code k}th multiple of {@code width}, as the double nearest the decimal (0.3, not
   * 0.30000000000000004).
   */
  private static double edge(BigDecimal width, long k) {
    return width.multiply(BigDecimal.valueOf(k)).doubleValue();
  }

  /** The buckets between {@code edges} with their counts; whole-number edges as integers. */
  public static List<SearchResult.Bucket> buckets(double[] edges, long[] counts, boolean whole) {
    List<SearchResult.Bucket> out = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      out.add(
          whole
              ? new SearchResult.Bucket((int) edges[i], (int) edges[i + 1], counts[i])
              : new SearchResult.Bucket(edges[i], edges[i + 1], counts[i]));
    }
    return out;
  }

  /**
   * The bucket {@code v} falls in ({@code edges[i] <= v < edges[i + 1]}), or -1 outside them all.
   */
  static int bucket(double[] edges, double v) {
    int i = Arrays.binarySearch(edges, v);
    int b = i >= 0 ? i : -i - 2;
    return b >= 0 && b < edges.length - 1 ? b : -1;
  }

  /**
   * The histograms the request asks for, counted over the matches of {@code query} (the search's
   * query, filters and ranges) from each field's points; {@code bounds} are the fields' bounds in
   * the index.
   */
  public static Map<String, List<SearchResult.Bucket>> count(
      IndexSearcher searcher,
      Query query,
      List<String> fields,
      Map<String, SearchResult.Range> bounds)
      throws IOException {
    if (fields.isEmpty()) {
      return Map.of();
    }
    Map<Integer, FixedBitSet> matches = matches(searcher, query);
    Map<String, List<SearchResult.Bucket>> out = new LinkedHashMap<>();
    for (String field : fields) {
      SearchResult.Range b = bounds.get(field);
      boolean year = field.equals(Schema.YEAR);
      if (b == null) {
        out.put(field, List.of());
        continue;
      }
      double[] edges = edges(b.min().doubleValue(), b.max().doubleValue(), year);
      long[] counts = new long[edges.length - 1];
      String indexField = year ? Schema.YEAR : Schema.propertyField(field);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        PointValues points = leaf.reader().getPointValues(indexField);
        FixedBitSet docs = matches.get(leaf.ord);
        if (points != null && docs != null) {
          count(points, docs, edges, year, counts);
        }
      }
      out.put(field, buckets(edges, counts, year));
    }
    return out;
  }

  /**
   * Adds to {@code counts} the papers of one segment with a value in each bucket (once per bucket).
   */
  private static void count(
      PointValues points, FixedBitSet docs, double[] edges, boolean year, long[] counts)
      throws IOException {
    FixedBitSet[] inBucket = new FixedBitSet[counts.length];
    points.intersect(
        new PointValues.IntersectVisitor() {
          @Override
          public void visit(int docID) {
            throw new IllegalStateException("every cell is visited with its values");
          }

          @Override
          public void visit(int docID, byte[] packed) {
            if (!docs.get(docID)) {
              return;
            }
            double v =
                year
                    ? NumericUtils.sortableBytesToInt(packed, 0)
                    : NumericUtils.sortableLongToDouble(
                        NumericUtils.sortableBytesToLong(packed, 0));
            int b = bucket(edges, v);
            if (b >= 0) {
              if (inBucket[b] == null) {
                inBucket[b] = new FixedBitSet(docs.length());
              }
              inBucket[b].set(docID);
            }
          }

          @Override
          public PointValues.Relation compare(byte[] minPacked, byte[] maxPacked) {
            return PointValues.Relation.CELL_CROSSES_QUERY;
          }
        });
    for (int i = 0; i < counts.length; i++) {
      counts[i] += inBucket[i] == null ? 0 : inBucket[i].cardinality();
    }
  }

  /** The matching documents of each segment (by its ordinal), deleted ones left out. */
  private static Map<Integer, FixedBitSet> matches(IndexSearcher searcher, Query query)
      throws IOException {
    Map<Integer, FixedBitSet> byLeaf = new ConcurrentHashMap<>();
    searcher.search(
        query,
        new CollectorManager<SimpleCollector, Void>() {
          @Override
          public SimpleCollector newCollector() {
            return new SimpleCollector() {
              private FixedBitSet bits;

              @Override
              protected void doSetNextReader(LeafReaderContext context) {
                bits =
                    byLeaf.computeIfAbsent(
                        context.ord, o -> new FixedBitSet(context.reader().maxDoc()));
              }

              @Override
              public void collect(int doc) {
                bits.set(doc);
              }

              @Override
              public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
              }
            };
          }

          @Override
          public Void reduce(java.util.Collection<SimpleCollector> collectors) {
            return null;
          }
        });
    return byLeaf;
  }
}
