package org.anodex.semantic;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Matches the papers named by id, each with the score given for it: a fixed set, so its cost is
 * that of looking up its ids, whatever the index's size. Papers are named by id (not by Lucene
 * document number) so that a SolrCloud node builds the same query from the same list.
 */
final class CandidateScores extends Query {
  private final String field;
  private final TreeMap<BytesRef, Float> scores = new TreeMap<>();
  private final int hash;

  /**
   * Each segment's candidates, looked up once: a search runs several passes over one query
   * (counting and facets, then the page, then the page's scores), each asking every segment for its
   * scorer.
   */
  private final Map<Object, FixedScorer.Hits> segments = new ConcurrentHashMap<>();

  CandidateScores(String field, Map<String, Float> scoresById) {
    this.field = field;
    scoresById.forEach((id, score) -> scores.put(new BytesRef(id), score));
    this.hash = Objects.hash(classHash(), field, scores);
  }

  /** The candidates of one segment in document order, with their scores. */
  private FixedScorer.Hits hits(LeafReaderContext ctx) throws IOException {
    FixedScorer.Hits known = segments.get(ctx.id());
    if (known != null) {
      return known;
    }
    Terms terms = Terms.getTerms(ctx.reader(), field);
    TermsEnum te = terms.iterator();
    int[] docs = new int[scores.size()];
    float[] values = new float[scores.size()];
    int n = 0;
    PostingsEnum postings = null;
    for (Map.Entry<BytesRef, Float> e : scores.entrySet()) {
      if (!te.seekExact(e.getKey())) {
        continue;
      }
      postings = te.postings(postings, PostingsEnum.NONE);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (n == docs.length) { // an id indexed twice (the old copy of a replaced paper, not yet
          // merged away)
          docs = Arrays.copyOf(docs, 2 * n);
          values = Arrays.copyOf(values, 2 * n);
        }
        docs[n] = d;
        values[n++] = e.getValue();
      }
    }
    FixedScorer.Hits hits = sortedByDoc(docs, values, n);
    segments.put(ctx.id(), hits);
    return hits;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new Weight(this) {
      @Override
      public Scorer scorer(LeafReaderContext ctx) throws IOException {
        FixedScorer.Hits hits = hits(ctx);
        return hits.docs().length == 0 ? null : new FixedScorer(this, hits, boost);
      }

      @Override
      public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
        Scorer s = scorer(ctx);
        if (s != null && s.iterator().advance(doc) == doc) {
          return Explanation.match(s.score(), "candidate of the meaning's re-ranking");
        }
        return Explanation.noMatch("not a candidate");
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  /**
   * The first {@code n} candidates in document order (a segment's postings of several ids
   * interleave).
   */
  private static FixedScorer.Hits sortedByDoc(int[] docs, float[] values, int n) {
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = ((long) docs[i] << 32) | i;
    }
    Arrays.sort(packed);
    int[] d = new int[n];
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      d[i] = (int) (packed[i] >>> 32);
      v[i] = values[(int) packed[i]];
    }
    return new FixedScorer.Hits(d, v);
  }

  /** Iterates over the candidates of one segment in document order. */
  private static final class FixedScorer extends Scorer {
    private final int[] docs;
    private final float[] values;
    private final float max;
    private int i = -1;

    record Hits(int[] docs, float[] values) {}

    FixedScorer(Weight weight, Hits hits, float boost) {
      super(weight);
      docs = hits.docs();
      values = hits.values().clone();
      for (int j = 0; j < values.length; j++) {
        values[j] *= boost;
      }
      float m = 0;
      for (float v : values) {
        m = Math.max(m, v);
      }
      max = m;
    }

    @Override
    public DocIdSetIterator iterator() {
      return new DocIdSetIterator() {
        @Override
        public int docID() {
          return FixedScorer.this.docID();
        }

        @Override
        public int nextDoc() {
          i++;
          return docID();
        }

        @Override
        public int advance(int target) {
          while (docID() < target) {
            i++;
          }
          return docID();
        }

        @Override
        public long cost() {
          return docs.length;
        }
      };
    }

    @Override
    public int docID() {
      return i < 0 ? -1 : i >= docs.length ? DocIdSetIterator.NO_MORE_DOCS : docs[i];
    }

    @Override
    public float score() {
      return values[i];
    }

    @Override
    public float getMaxScore(int upTo) {
      return max;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String f) {
    return "candidates(" + field + ", " + scores.size() + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o)
        && field.equals(((CandidateScores) o).field)
        && scores.equals(((CandidateScores) o).scores);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
