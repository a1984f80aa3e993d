package org.anodex.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A query's matches, never scored. Lucene's drill sideways asks the base query's scorer for a score
 * at every match, even when its collectors need none, and a disjunction over six fields then sums
 * its clauses' scores for nothing; this query's scorer answers 0 without asking the query's. Unlike
 * {@link org.apache.lucene.search.ConstantScoreQuery}, it hides the scores also where no score is
 * needed (which a constant-score query leaves to the inner query's scorer).
 */
final class Unscored extends Query {
  private final Query query;

  Unscored(Query query) {
    this.query = query;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = query.rewrite(searcher);
    return rewritten == query ? this : new Unscored(rewritten);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight inner = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new ConstantScoreWeight(this, 0f) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier supplier = inner.scorerSupplier(context);
        if (supplier == null) {
          return null;
        }
        Weight weight = this;
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            Scorer scorer = supplier.get(leadCost);
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            return twoPhase == null
                ? new ConstantScoreScorer(weight, 0f, scoreMode, scorer.iterator())
                : new ConstantScoreScorer(weight, 0f, scoreMode, twoPhase);
          }

          @Override
          public long cost() {
            return supplier.cost();
          }
        };
      }

      @Override
      public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
        // Where no score is wanted, the query's own bulk scorer (a disjunction's scores windows of
        // papers at once) counts the same matches faster than one match at a time.
        return scoreMode.needsScores() ? super.bulkScorer(context) : inner.bulkScorer(context);
      }

      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        ScorerSupplier supplier = scorerSupplier(context);
        return supplier == null ? null : supplier.get(Long.MAX_VALUE);
      }

      @Override
      public int count(LeafReaderContext context) throws IOException {
        return inner.count(context);
      }

      @Override
      public Matches matches(LeafReaderContext context, int doc) throws IOException {
        return inner.matches(context, doc);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return inner.isCacheable(context);
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor.getSubVisitor(BooleanClause.Occur.FILTER, this));
  }

  @Override
  public String toString(String field) {
    return "unscored(" + query.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && query.equals(((Unscored) other).query);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + query.hashCode();
  }
}
