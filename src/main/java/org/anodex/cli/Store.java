package org.anodex.cli;

import java.io.IOException;
import java.util.Locale;
import org.anodex.index.LuceneIndex;
import org.anodex.index.PaperIndex;
import org.anodex.search.LuceneSearcher;
import org.anodex.search.Searcher;
import org.anodex.solr.SolrHttp;
import org.anodex.solr.SolrIndex;
import org.anodex.solr.SolrSearcher;

/**
 * The backend that the options name, opened: the embedded Lucene index in a folder, or a SolrCloud
 * collection. Commands work on its {@link PaperIndex} and {@link Searcher} and never know which.
 */
final class Store implements AutoCloseable {
  final PaperIndex index;
  final Searcher searcher;
  private final AutoCloseable[] resources;

  private Store(PaperIndex index, Searcher searcher, AutoCloseable... resources) {
    this.index = index;
    this.searcher = searcher;
    this.resources = resources;
  }

  static Store forWriting(IndexOptions o) throws IOException {
    if (o.onSolr()) {
      return solr(o);
    }
    LuceneIndex index = LuceneIndex.openForWriting(o.index(), o.schema());
    LuceneSearcher searcher = new LuceneSearcher(index, o.taxonomy(), o.embedder());
    return new Store(index, searcher, searcher, index);
  }

  /**
   * For commands that change papers already there (delete, retag, embed): an absent index is an
   * error.
   */
  static Store forUpdating(IndexOptions o) throws IOException {
    if (!o.onSolr()) {
      LuceneIndex.requireExisting(o.index());
    }
    return forWriting(o);
  }

  static Store forReading(IndexOptions o) throws IOException {
    if (o.onSolr()) {
      return solr(o);
    }
    LuceneIndex index = LuceneIndex.openReadOnly(o.index(), o.schema());
    LuceneSearcher searcher = new LuceneSearcher(index, o.taxonomy(), o.embedder());
    return new Store(index, searcher, searcher, index);
  }

  private static Store solr(IndexOptions o) throws IOException {
    SolrHttp http = SolrHttp.of(o.solr);
    SolrIndex index = new SolrIndex(http, o.collection, o.schema(), o.embedder()::paper);
    return new Store(
        index, new SolrSearcher(http, o.collection, o.schema(), o.taxonomy(), o.embedder()), index);
  }

  /**
   * At the end of a bulk write (ingest, retag; embedding does it itself): the embedded index's
   * small segments merged into one, so that searches pay for fewer segments; said on stderr.
   */
  void mergeSmallSegments() throws IOException {
    if (index instanceof LuceneIndex lucene) {
      long t0 = System.nanoTime();
      int merged = lucene.mergeSmallSegments(LuceneIndex.SMALL_SEGMENT_BYTES);
      if (merged > 0) {
        System.err.printf(
            Locale.ROOT,
            "merged %d small segments into one for faster search (%.1f s)%n",
            merged,
            (System.nanoTime() - t0) / 1e9);
      }
    }
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable r : resources) {
      r.close();
    }
  }
}
