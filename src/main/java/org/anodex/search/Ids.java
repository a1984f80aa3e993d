package org.anodex.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Hits' ids read only where they are needed: of the meaning's window (hundreds of hits ranked by
 * score), only the page's hits need theirs (a cursor carries the last) and hits tied in score
 * (ordered by id). A hit's id is the second value of its FieldDoc, null until read.
 */
final class Ids {
  private final IndexSearcher searcher;
  private final String field;

  Ids(IndexSearcher searcher, String field) {
    this.searcher = searcher;
    this.field = field;
  }

  String field() {
    return field;
  }

  /** The hit's id, read if it was not yet. */
  BytesRef of(FieldDoc hit) {
    if (hit.fields[1] == null) {
      read(new FieldDoc[] {hit}, 0, 1);
    }
    return (BytesRef) hit.fields[1];
  }

  /** Reads the ids of {@code hits[from, to)} that are not read yet, in document order. */
  void read(ScoreDoc[] hits, int from, int to) {
    FieldDoc[] byDoc =
        Arrays.stream(hits, from, to)
            .map(FieldDoc.class::cast)
            .filter(h -> h.fields[1] == null)
            .toArray(FieldDoc[]::new);
    if (byDoc.length == 0) {
      return;
    }
    Arrays.sort(byDoc, (a, b) -> Integer.compare(a.doc, b.doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    try {
      LeafReaderContext leaf = null;
      SortedDocValues ids = null;
      for (FieldDoc hit : byDoc) {
        if (leaf == null || hit.doc >= leaf.docBase + leaf.reader().maxDoc()) {
          leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
          ids = DocValues.getSorted(leaf.reader(), field);
        }
        if (!ids.advanceExact(hit.doc - leaf.docBase)) {
          throw new IOException("a paper without an id at document " + hit.doc);
        }
        hit.fields[1] = BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
