package org.anodex.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.anodex.paper.Paper;

/**
 * The reading side of an index: the seam between the API and a search engine (the embedded Lucene
 * index, or SolrCloud). A request is read and checked once into a {@link SearchPlan}, which the
 * backend executes.
 */
public interface Searcher {

  /**
   * The request checked against the schema and the index ({@link SearchPlanner}); refused with a
   * 400 where wrong.
   */
  SearchPlan plan(SearchRequest request) throws IOException;

  SearchResult search(SearchPlan plan) throws IOException;

  /**
   * Whether answering waits on other machines (SolrCloud) rather than computing here (the embedded
   * index): the server then answers on its blocking pool instead of the thread that read the
   * request.
   */
  default boolean waitsOnNetwork() {
    return false;
  }

  default SearchResult search(SearchRequest request) throws IOException {
    return search(plan(request));
  }

  /** The stored paper, body included. */
  Optional<Paper> paper(String id) throws IOException;

  /** Papers like this one (more like this), best first; empty when the id is unknown. */
  Optional<List<SearchResult.Hit>> similar(String id, int size) throws IOException;

  /** Completions of what a user is typing: taxonomy values and terms, material names, titles. */
  List<Completion> suggest(String prefix, int size) throws IOException;

  /**
   * Every paper that matches (not one page), in the plan's sort order, read in constant memory;
   * returns how many.
   */
  long forEachMatch(SearchPlan plan, PaperConsumer consumer) throws IOException;

  default long forEachMatch(SearchRequest request, PaperConsumer consumer) throws IOException {
    return forEachMatch(plan(request), consumer);
  }

  /** Receives papers one at a time; may fail writing them out. */
  @FunctionalInterface
  interface PaperConsumer {
    void accept(Paper paper) throws IOException;
  }
}
