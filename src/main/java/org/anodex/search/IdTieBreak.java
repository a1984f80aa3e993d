package org.anodex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * Orders hits by a string doc-values field (the paper's id), as {@code SortField.Type.STRING} does,
 * but reads a hit's string only when two hits of different segments tie on every sort before it.
 * Lucene's own comparator copies the string of every hit that enters the queue, and looks up the
 * queue's bottom in each segment as it changes: in a window of 300 ranked by score, where a tie is
 * rare, that was 7 % of the web UI's request.
 */
final class IdTieBreak extends FieldComparatorSource {

  /** The sort field: {@code field}'s values in ascending order, a hit without one first. */
  static SortField on(String field) {
    return new SortField(field, new IdTieBreak());
  }

  @Override
  public FieldComparator<BytesRef> newComparator(
      String field, int numHits, Pruning pruning, boolean reversed) {
    if (reversed) {
      throw new IllegalArgumentException("ids are ordered ascending only");
    }
    return new Ids(field, numHits);
  }

  private static final class Ids extends FieldComparator<BytesRef> {
    private static final int MISSING = -1;
    private final String field;
    private final int[] ords;
    private final int[] segments;
    private final BytesRef[] values; // read when first needed; null until then (or missing)
    private final List<SortedDocValues> lookups = new ArrayList<>(); // by segment, for lookupOrd
    private BytesRef top;
    private int bottom = -1; // the queue's last slot once it is full, kept across segments
    private int filled; // slots used so far: the queue fills slots 0, 1, ... then reuses them
    private boolean unresolved; // a slot copied since the values were last looked up

    Ids(String field, int numHits) {
      this.field = field;
      ords = new int[numHits];
      segments = new int[numHits];
      values = new BytesRef[numHits];
    }

    @Override
    public int compare(int slot1, int slot2) {
      if (segments[slot1] == segments[slot2]) {
        return Integer.compare(ords[slot1], ords[slot2]);
      }
      return compareValues(resolved(slot1), resolved(slot2));
    }

    @Override
    public void setTopValue(BytesRef value) {
      top = value;
    }

    /**
     * Asked for the hits' values (the search is over, its hits are being read): every slot's value
     * is looked up at once, segment by segment in the order of the ordinals, so that each block of
     * the terms dictionary is decompressed once, not once per hit.
     */
    @Override
    public BytesRef value(int slot) {
      if (unresolved) {
        Integer[] order = new Integer[filled];
        for (int i = 0; i < filled; i++) {
          order[i] = i;
        }
        Arrays.sort(
            order,
            java.util.Comparator.<Integer>comparingInt(i -> segments[i])
                .thenComparingInt(i -> ords[i]));
        for (int i : order) {
          resolved(i);
        }
        unresolved = false;
      }
      return resolved(slot);
    }

    private BytesRef resolved(int slot) {
      if (values[slot] == null && ords[slot] != MISSING) {
        try {
          values[slot] = BytesRef.deepCopyOf(lookups.get(segments[slot]).lookupOrd(ords[slot]));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return values[slot];
    }

    @Override
    public int compareValues(BytesRef a, BytesRef b) {
      if (a == null || b == null) {
        return a == b ? 0 : a == null ? -1 : 1;
      }
      return a.compareTo(b);
    }

    @Override
    public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
      SortedDocValues docValues = DocValues.getSorted(context.reader(), field);
      lookups.add(docValues); // its ordinals are looked up while it iterates, as Lucene's own does
      return new Leaf(lookups.size() - 1, docValues);
    }

    /** One segment: ordinals compare within it; a value from elsewhere is looked up in it. */
    private final class Leaf implements LeafFieldComparator {
      private final int segment;
      private final SortedDocValues docValues;
      private Place bottomPlace; // null until a doc ties with a new bottom
      private Place topPlace;

      Leaf(int segment, SortedDocValues docValues) {
        this.segment = segment;
        this.docValues = docValues;
      }

      private int ord(int doc) throws IOException {
        return docValues.advanceExact(doc) ? docValues.ordValue() : MISSING;
      }

      @Override
      public void setBottom(int slot) {
        bottom = slot;
        bottomPlace = null;
      }

      @Override
      public int compareBottom(int doc) throws IOException {
        if (bottomPlace == null) {
          bottomPlace =
              segments[bottom] == segment
                  ? new Place(ords[bottom], true)
                  : Place.of(resolved(bottom), docValues);
        }
        return bottomPlace.compareTo(ord(doc));
      }

      @Override
      public int compareTop(int doc) throws IOException {
        if (topPlace == null) {
          topPlace = Place.of(top, docValues);
        }
        return topPlace.compareTo(ord(doc));
      }

      @Override
      public void copy(int slot, int doc) throws IOException {
        ords[slot] = ord(doc);
        segments[slot] = segment;
        values[slot] = null;
        filled = Math.max(filled, slot + 1);
        unresolved = true;
      }

      @Override
      public void setScorer(Scorable scorer) {}
    }
  }

  /**
   * Where a value falls among a segment's ordinals: at {@code ord} when {@code exact}, else between
   * {@code ord} and the next ({@code ord} -1 when below every value).
   */
  private record Place(int ord, boolean exact) {
    static Place of(BytesRef value, SortedDocValues docValues) throws IOException {
      if (value == null) {
        return new Place(Ids.MISSING, true);
      }
      int ord = docValues.lookupTerm(value);
      return ord >= 0 ? new Place(ord, true) : new Place(-ord - 2, false);
    }

    /** The value against a doc's ordinal: negative when the value sorts first. */
    int compareTo(int docOrd) {
      if (exact) {
        return Integer.compare(ord, docOrd);
      }
      return ord >= docOrd ? 1 : -1;
    }
  }
}
