package org.anodex.semantic;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Lexical and semantic scores in one query: a paper the words match scores
 * {@code lexical / topLexical + weight * (1 + cosine(query, paper))}, where {@code topLexical} is the best
 * lexical score of the search (so that the words' share is between 0 and 1 whatever the query's length).
 * The score is the paper's own, so sorting, paging, cursors and facet counts work as for any query; the
 * same query is built on SolrCloud nodes (the {@code anodex} query parser), so both rank alike.
 */
public final class SemanticQuery {
  private SemanticQuery() {}

  /**
   * {@code lexical} with the semantic share added. Papers without an embedding get none of it (they score
   * as if their meaning were opposite to the query's).
   */
  public static Query fuse(Query lexical, float topLexical, String field, float[] queryVector, float weight) {
    // The cosine similarity of Lucene's vector fields is (1 + cos) / 2, never negative as a score must be.
    return new BooleanQuery.Builder()
        .add(new BoostQuery(lexical, 1f / topLexical), BooleanClause.Occur.MUST)
        .add(new FunctionScoreQuery(new MatchAllDocsQuery(), new Similarity(field, queryVector, 2 * weight)),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  /** weight times the similarity of each paper's embedding to the query's. */
  private static final class Similarity extends DoubleValuesSource {
    private final String field;
    private final float[] vector;
    private final float weight;

    Similarity(String field, float[] vector, float weight) {
      this.field = field;
      this.vector = vector;
      this.weight = weight;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
      FieldInfo info = ctx.reader().getFieldInfos().fieldInfo(field);
      if (info == null || info.getVectorDimension() != vector.length) {
        return new DoubleValues() {
          @Override
          public double doubleValue() {
            return 0;
          }

          @Override
          public boolean advanceExact(int doc) {
            return false;
          }
        };
      }
      DoubleValues similarity = DoubleValuesSource.similarityToQueryVector(ctx, vector, field);
      return new DoubleValues() {
        @Override
        public double doubleValue() throws IOException {
          return weight * similarity.doubleValue();
        }

        @Override
        public boolean advanceExact(int doc) throws IOException {
          return similarity.advanceExact(doc);
        }
      };
    }

    @Override
    public boolean needsScores() {
      return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher reader) {
      return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return false;
    }

    @Override
    public int hashCode() {
      return 31 * (31 * field.hashCode() + Arrays.hashCode(vector)) + Float.hashCode(weight);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Similarity s && s.field.equals(field) && s.weight == weight && Arrays.equals(s.vector, vector);
    }

    @Override
    public String toString() {
      return "semantic(" + field + ", weight=" + weight + ")";
    }
  }
}
