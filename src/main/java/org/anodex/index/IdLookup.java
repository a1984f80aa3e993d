package org.anodex.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.anodex.paper.Embedding;
import org.anodex.paper.Paper;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What a write reads of the paper already indexed under an id, as the searchers see it: its hash
 * (equal hash, nothing to write) and its embedding (kept when the embedded text did not change). A
 * term lookup per segment, no query.
 */
final class IdLookup {
  private final SearcherManager searchers;
  private final PaperDocuments documents;

  IdLookup(SearcherManager searchers, PaperDocuments documents) {
    this.searchers = searchers;
    this.documents = documents;
  }

  /** The hash of the paper {@code id} as the searchers see it, or null. */
  String hash(String id) {
    return lookup(id, IdLookup::hashOf);
  }

  /**
   * The embedding of the live document of {@code paper}'s id if it was made from the text {@code
   * paper} embeds, else null.
   */
  float[] keptEmbedding(Paper paper) {
    return lookup(paper.id(), (leaf, d) -> keptEmbedding(leaf, d, paper));
  }

  /**
   * What {@code read} reads of the live document of {@code id} (a term lookup per segment, no
   * query), or null.
   */
  private <T> T lookup(String id, DocReader<T> read) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        BytesRef term = new BytesRef(id);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
          Terms terms = leaf.reader().terms(Schema.ID);
          TermsEnum te = terms == null ? null : terms.iterator();
          if (te == null || !te.seekExact(term)) {
            continue;
          }
          PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
          Bits live = leaf.reader().getLiveDocs();
          for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
            if (live == null || live.get(d)) {
              return read.read(leaf, d);
            }
          }
        }
        return null;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface DocReader<T> {
    T read(LeafReaderContext leaf, int doc) throws IOException;
  }

  /** The document's embedding if it was made from the text {@code paper} embeds, else null. */
  private float[] keptEmbedding(LeafReaderContext leaf, int doc, Paper paper) throws IOException {
    FloatVectorValues vectors = leaf.reader().getFloatVectorValues(Schema.EMBEDDING);
    if (vectors == null || vectors.advance(doc) != doc) {
      return null;
    }
    Paper old = documents.toPaper(leaf.reader().storedFields().document(doc));
    return Embedding.text(old).equals(Embedding.text(paper)) ? vectors.vectorValue().clone() : null;
  }

  private static String hashOf(LeafReaderContext leaf, int doc) throws IOException {
    BinaryDocValues values = leaf.reader().getBinaryDocValues(Schema.HASH_VALUE);
    if (values != null && values.advanceExact(doc)) {
      return values.binaryValue().utf8ToString();
    }
    // Written before the hash was a doc value.
    return leaf.reader().storedFields().document(doc, Set.of(Schema.HASH)).get(Schema.HASH);
  }
}
