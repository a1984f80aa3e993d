package org.anodex.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.anodex.paper.Paper;

/**
 * The reading side of an index: the seam between the API and a search engine (the embedded Lucene
 * index, or SolrCloud).
 */
public interface Searcher {

  SearchResult search(SearchRequest request) throws IOException;

  /** The stored paper, body included. */
  Optional<Paper> paper(String id) throws IOException;

  /** Papers like this one (more like this), best first; empty when the id is unknown. */
  Optional<List<SearchResult.Hit>> similar(String id, int size) throws IOException;

  /** Completions of what a user is typing: taxonomy values and terms, material names, titles. */
  List<Completion> suggest(String prefix, int size) throws IOException;

  /**
   * Every paper that matches (not one page), in the request's sort order, read in constant memory;
   * returns how many.
   */
  long forEachMatch(SearchRequest request, PaperConsumer consumer) throws IOException;

  /** Receives papers one at a time; may fail writing them out. */
  @FunctionalInterface
  interface PaperConsumer {
    void accept(Paper paper) throws IOException;
  }
}
