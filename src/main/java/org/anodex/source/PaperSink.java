package org.anodex.source;

import org.anodex.paper.Embedding;
import org.anodex.paper.Paper;

/**
 * Where a source delivers what it read: papers (with the embedding a record brought), records it
 * had to reject (with where and why), and embeddings it could not read from a record it kept.
 */
public interface PaperSink {

  void accept(Paper paper);

  /** A paper whose record brought its embedding; a sink that takes none keeps the paper alone. */
  default void accept(Paper paper, Embedding embedding) {
    accept(paper);
  }

  void reject(String where, String reason);

  /** A paper kept in part ({@code what} was cut, at which limit): the summary says so. */
  default void partial(String where, String what) {}

  /**
   * A kept record's embedding that was left out (not a list of numbers), and why: the paper comes
   * alone.
   */
  default void refuseEmbedding(String where, String reason) {}
}
