package org.anodex.search;

import java.io.IOException;
import org.anodex.index.Schema;
import org.anodex.semantic.Embedder;
import org.anodex.semantic.SemanticQuery;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * When a query's meaning joins its words in the ranking ({@code ranking.yaml}, {@code semantic.weight}):
 * for a relevance-sorted search with plain words, over an index with embeddings. The words still decide
 * which papers match; their meaning only reorders them ({@link SemanticQuery}).
 */
final class SemanticRanking {
  private final float weight;

  SemanticRanking(float weight) {
    this.weight = weight;
  }

  /** The query to rank by: {@code lexical} with the meaning of {@code q}'s plain words, where that applies. */
  Query rank(Query lexical, String q, IndexSearcher searcher) throws IOException {
    String words = weight > 0 ? QueryTranslator.plainWords(q) : "";
    if (words.isEmpty() || FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(Schema.EMBEDDING) == null) {
      return lexical;
    }
    float top = topScore(lexical, searcher);
    return top > 0 ? SemanticQuery.fuse(lexical, top, Schema.EMBEDDING, Embedder.shared().query(words), weight) : lexical;
  }

  private static float topScore(Query lexical, IndexSearcher searcher) throws IOException {
    TopDocs best = searcher.search(lexical, 1);
    return best.scoreDocs.length == 0 ? 0 : best.scoreDocs[0].score;
  }
}
