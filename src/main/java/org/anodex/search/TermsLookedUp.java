package org.anodex.search;

import java.io.IOException;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query whose words are looked up in the index once. A search runs its query several times (the
 * re-ranking window, the count with the facets, the page), and each run would otherwise seek every
 * word of every weighted field in every segment again: a plain word is six term lookups per
 * segment.
 */
final class TermsLookedUp {
  private TermsLookedUp() {}

  /**
   * {@code query} (rewritten) with each of its term queries carrying the term's statistics, as read
   * by {@code searcher}; queries of other kinds are kept as they are.
   */
  static Query of(Query query, IndexSearcher searcher) throws IOException {
    if (query instanceof TermQuery t && t.getTermStates() == null) {
      return new TermQuery(t.getTerm(), TermStates.build(searcher, t.getTerm(), true));
    }
    if (query instanceof BoostQuery b) {
      return new BoostQuery(of(b.getQuery(), searcher), b.getBoost());
    }
    if (query instanceof ConstantScoreQuery c) {
      return new ConstantScoreQuery(of(c.getQuery(), searcher));
    }
    if (query instanceof BooleanQuery b) {
      BooleanQuery.Builder out =
          new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      for (BooleanClause c : b.clauses()) {
        out.add(of(c.getQuery(), searcher), c.getOccur());
      }
      return out.build();
    }
    return query;
  }
}
