package org.anodex.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anodex.index.PaperDocuments;
import org.anodex.index.Schema;
import org.anodex.paper.Paper;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;

/**
 * The stored papers of recent hits, by segment and document (as Solr's document cache): reading a
 * hit means decompressing its block of stored fields and parsing its JSON, a sixth of a plain
 * search's work, and the papers that match many searches are the same few. A segment never changes,
 * so an entry is right for as long as its segment lives (a rewritten paper is a new document
 * elsewhere); entries of merged-away segments are no longer asked for and age out, least recently
 * used first.
 */
final class HitPapers {
  private static final Set<String> FIELDS = Set.of(Schema.PAPER);

  private final PaperDocuments documents;
  private final int capacity;
  private final Map<Key, Paper> papers;

  private record Key(Object segment, int doc) {}

  HitPapers(PaperDocuments documents, int capacity) {
    this.documents = documents;
    this.capacity = capacity;
    this.papers =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Paper> eldest) {
            return size() > HitPapers.this.capacity;
          }
        };
  }

  /**
   * The papers (without body) of {@code docs}, top-level document numbers of {@code reader}, in
   * order.
   */
  Paper[] read(IndexReader reader, int[] docs) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    StoredFields[] stored =
        new StoredFields[leaves.size()]; // opened once per segment and request, if needed
    Paper[] out = new Paper[docs.length];
    for (int i = 0; i < docs.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
      int doc = docs[i] - leaf.docBase;
      IndexReader.CacheHelper segment =
          leaf.reader().getCoreCacheHelper(); // null: a reader that cannot say
      Key key = segment == null ? null : new Key(segment.getKey(), doc);
      Paper p = key == null ? null : get(key);
      if (p == null) {
        if (stored[leaf.ord] == null) {
          stored[leaf.ord] = leaf.reader().storedFields();
        }
        p = documents.toPaperWithoutBody(stored[leaf.ord].document(doc, FIELDS));
        if (key != null) {
          put(key, p);
        }
      }
      out[i] = p;
    }
    return out;
  }

  private synchronized Paper get(Key key) {
    return papers.get(key);
  }

  private synchronized void put(Key key, Paper p) {
    if (capacity > 0) {
      papers.put(key, p);
    }
  }
}
