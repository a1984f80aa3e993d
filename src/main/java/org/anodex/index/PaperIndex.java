package org.anodex.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;
import org.anodex.paper.Paper;

/**
 * The writing side of an index of papers: the seam between ingestion and a storage engine (the
 * embedded Lucene index, or SolrCloud). Implementations are safe for concurrent use by ingest
 * threads.
 */
public interface PaperIndex extends Closeable {

  /** What writing a paper did. */
  enum Outcome {
    ADDED,
    UPDATED,
    UNCHANGED
  }

  /** Adds the paper, replaces the paper of the same id when its content changed, or leaves it. */
  default Outcome upsert(Paper paper) throws IOException {
    return upsert(paper, null);
  }

  /**
   * {@link #upsert(Paper)} with the paper's embedding when its record brought one (of the model
   * Anodex embeds with), else null: the paper is embedded later, in the background.
   */
  Outcome upsert(Paper paper, float[] embedding) throws IOException;

  /** Removes a paper; false when no paper has that id. */
  boolean delete(String id) throws IOException;

  /** Makes every write so far durable (and visible to new searches). */
  void commit() throws IOException;

  /** Every paper in the index, as stored (for re-enrichment without the source files). */
  void forEach(Consumer<Paper> consumer) throws IOException;

  IndexStats stats() throws IOException;
}
