package org.anodex.semantic;

import org.anodex.paper.Paper;

/**
 * Turns papers and queries into vectors of {@link org.anodex.paper.Embedding#DIMENSION} numbers
 * whose cosine says how near their meanings are. Passed to what needs one (the searchers rank by
 * it, the background embedder and SolrCloud writes embed papers with it): {@link MiniLmEmbedder} in
 * the application, any other in a test. Thread-safe.
 */
public interface Embedder {
  /**
   * The paper's embedding, or null for a paper with no text to embed ({@link
   * org.anodex.paper.Embedding#text}).
   */
  float[] paper(Paper p);

  /** The embedding of a query's words. */
  float[] query(String words);

  /** Makes ready what embedding needs (a model to load, say), ahead of the first text to embed. */
  default void load() {}
}
