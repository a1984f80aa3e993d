package org.anodex.search;

import java.io.IOException;

/** The reading side of an index: the seam between the API and a search engine (Lucene, SolrCloud). */
public interface Searcher {

  SearchResult search(SearchRequest request) throws IOException;
}
