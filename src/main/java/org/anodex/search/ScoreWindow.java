package org.anodex.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.anodex.index.SpareCores;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.LongHeap;
import org.apache.lucene.util.NumericUtils;

/**
 * The best {@code n} matches of a query by score, ties by id: what {@link TopFieldCollectorManager}
 * sorted by score, then id ({@link IdTieBreak}) finds, with less work per match and without reading
 * the ids of hits that do not tie. A match is kept in a heap of packed scores and document numbers.
 * Ties are settled at the end: every match scored as the last kept one is set aside on the way, so
 * that their ids decide between them. When there are too many of those (a query that scores most
 * papers the same), the search runs again with Lucene's collector.
 */
final class ScoreWindow {
  /** Ties at the bottom of the window set aside, at most, per hit of the window. */
  private static final int TIES_PER_HIT = 4;

  /** No bound yet: nothing may be skipped. */
  private static final int NO_BOUND = Integer.MIN_VALUE;

  private ScoreWindow() {}

  /**
   * The best {@code n} matches, as FieldDocs sorted by score, then id: the score, then the id (read
   * where hits tie; null elsewhere, for {@code ids} to read when it is needed).
   */
  static TopDocs search(IndexSearcher searcher, Query query, int n, Ids ids) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
    AtomicInteger bound = new AtomicInteger(NO_BOUND);
    SpareCores.SliceWork<Window> inSlice =
        leaves -> {
          Window window = new Window(n, bound);
          for (LeafReaderContext leaf : leaves) {
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer != null) {
              scorer.score(window.getLeafCollector(leaf), leaf.reader().getLiveDocs());
            }
          }
          return window;
        };
    // A window per slice of the segments (on spare cores if any): the best n of all are among
    // the best n of each, and so are the ties of the last. Each window's last score is a bound
    // for all: the best n of all score at least as much, so every window may skip what is below.
    List<Window> windows = SpareCores.eachSlice(searcher, inSlice);
    if (windows.stream().anyMatch(w -> w.overflow)) {
      return searcher.search(
          query,
          new TopFieldCollectorManager(
              new Sort(SortField.FIELD_SCORE, IdTieBreak.on(ids.field())), n, null, n, true));
    }
    return Window.topDocs(windows, n, ids);
  }

  /**
   * A hit packed in a long: its score's sortable bits above, its document number inverted below.
   */
  private static long key(float score, int doc) {
    return (long) NumericUtils.floatToSortableInt(score) << 32 | (Integer.MAX_VALUE - doc);
  }

  private static float score(long key) {
    return NumericUtils.sortableIntToFloat((int) (key >> 32));
  }

  private static int doc(long key) {
    return Integer.MAX_VALUE - (int) key;
  }

  /**
   * The best hits in a heap whose top is the worst kept, and the hits turned away with the highest
   * score turned away so far: where that is the score of the window's last hit, the ids decide.
   */
  private static final class Window {
    private final int n;
    private final LongHeap heap;
    private long[] ties = new long[16];
    private int tieCount;
    private float tieScore = Float.NEGATIVE_INFINITY;
    private long total;
    private boolean overflow;

    /** The highest last score of the full windows of one search (sortable bits). */
    private final AtomicInteger bound;

    /** The bound this window's scorers were given (sortable bits). */
    private int skipsBelow = NO_BOUND;

    Window(int n, AtomicInteger bound) {
      this.n = n;
      this.heap = new LongHeap(Math.max(1, n));
      this.bound = bound;
    }

    LeafCollector getLeafCollector(LeafReaderContext context) {
      int base = context.docBase;
      return new LeafCollector() {
        private Scorable scorer;

        @Override
        public void setScorer(Scorable scorer) throws IOException {
          this.scorer = scorer;
          if (skipsBelow != NO_BOUND) {
            scorer.setMinCompetitiveScore(NumericUtils.sortableIntToFloat(skipsBelow));
          }
        }

        @Override
        public void collect(int doc) throws IOException {
          float score = scorer.score();
          total++;
          long key = key(score, base + doc);
          if (heap.size() < n) {
            heap.push(key);
          } else if (n > 0) {
            if (key < heap.top()) {
              turnedAway(key);
            } else {
              turnedAway(heap.top());
              heap.updateTop(key);
            }
          }
          // Matches scored below the last of a full window can be skipped; its ties cannot.
          int skip = bound.get();
          if (n > 0 && heap.size() == n) {
            int last = NumericUtils.floatToSortableInt(score(heap.top()));
            if (last > skip) {
              skip = bound.accumulateAndGet(last, Math::max);
            }
          }
          if (skip > skipsBelow) {
            skipsBelow = skip;
            scorer.setMinCompetitiveScore(NumericUtils.sortableIntToFloat(skip));
          }
        }
      };
    }

    private void turnedAway(long key) {
      float score = score(key);
      if (score < tieScore) {
        return;
      }
      if (score > tieScore) {
        tieScore = score;
        tieCount = 0;
      }
      if (tieCount == TIES_PER_HIT * n) {
        overflow = true;
        return;
      }
      if (tieCount == ties.length) {
        ties = Arrays.copyOf(ties, 2 * tieCount);
      }
      ties[tieCount++] = key;
    }

    /** The best {@code n} hits of the windows' kept ones and ties set aside. */
    static TopDocs topDocs(List<Window> windows, int n, Ids ids) {
      long[] candidates = new long[0];
      long total = 0;
      boolean skipped = false;
      for (Window w : windows) {
        int from = candidates.length;
        candidates = Arrays.copyOf(candidates, from + w.heap.size() + w.tieCount);
        for (int i = 0; i < w.heap.size(); i++) {
          candidates[from + i] = w.heap.get(i + 1); // LongHeap counts from 1
        }
        System.arraycopy(w.ties, 0, candidates, from + w.heap.size(), w.tieCount);
        total += w.total;
        skipped |= w.skipsBelow != NO_BOUND;
      }
      Arrays.sort(candidates); // ascending: the best last
      int size = Math.min(n, candidates.length);
      // The window and every hit tied with its last: the ids decide which of those are in.
      int from = candidates.length - size;
      while (from > 0 && Float.compare(score(candidates[from - 1]), score(candidates[from])) == 0) {
        from--;
      }
      FieldDoc[] hits = new FieldDoc[candidates.length - from];
      for (int i = 0; i < hits.length; i++) {
        long k = candidates[candidates.length - 1 - i];
        hits[i] = new FieldDoc(doc(k), score(k), new Object[] {score(k), null});
      }
      SemanticRanking.sortByScoreThenId(hits, ids);
      return new TopDocs(
          new TotalHits(
              total,
              skipped ? TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO : TotalHits.Relation.EQUAL_TO),
          Arrays.copyOf(hits, size));
    }
  }
}
