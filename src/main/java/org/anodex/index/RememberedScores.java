package org.anodex.index;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

/**
 * A similarity whose scorers remember each score they computed, by term frequency and length norm:
 * the same score for the same (frequency, norm), computed once per query term. DFR's score is a pow
 * and two logarithms per call, and a search calls it for every candidate and every block's impacts;
 * the papers of a field have few distinct norms (one byte) and small frequencies, so most calls are
 * repeats. The scores are the delegate's, bit for bit (docs/BENCHMARKS.md, fifth session).
 */
final class RememberedScores extends Similarity {
  /**
   * Frequencies remembered: from 0 up to this, exclusive (a phrase's or term's count in a field).
   */
  private static final int FREQUENCIES = 16;

  private static final int NORMS = 256;

  private final Similarity delegate;

  RememberedScores(Similarity delegate) {
    this.delegate = delegate;
  }

  /** The similarity whose scores are remembered. */
  Similarity delegate() {
    return delegate;
  }

  @Override
  public long computeNorm(FieldInvertState state) {
    return delegate.computeNorm(state);
  }

  @Override
  public SimScorer scorer(
      float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
    return new Remembering(delegate.scorer(boost, collectionStats, termStats));
  }

  @Override
  public String toString() {
    return delegate.toString();
  }

  /**
   * One query term's scorer. Its rows (one per norm, made when first needed) may be filled by the
   * threads of one search at once: each writes the value any other would, a float is written whole,
   * and a score read as 0 (not yet remembered, or a true 0) is computed again.
   */
  private static final class Remembering extends SimScorer {
    private final SimScorer scorer;
    private float[][] rows;

    Remembering(SimScorer scorer) {
      this.scorer = scorer;
    }

    @Override
    public float score(float freq, long norm) {
      int f = (int) freq;
      if (f != freq || f < 0 || f >= FREQUENCIES || norm != (byte) norm) {
        return scorer.score(freq, norm);
      }
      float[][] byNorm = rows;
      if (byNorm == null) {
        byNorm = rows = new float[NORMS][];
      }
      int n = (int) norm & (NORMS - 1); // a norm is one byte
      float[] row = byNorm[n];
      if (row == null) {
        row = byNorm[n] = new float[FREQUENCIES];
      }
      float score = row[f];
      if (score == 0) {
        score = row[f] = scorer.score(freq, norm);
      }
      return score;
    }

    @Override
    public Explanation explain(Explanation freq, long norm) {
      return scorer.explain(freq, norm);
    }
  }
}
