package org.anodex.search;

import java.io.IOException;
import org.anodex.index.Schema;
import org.anodex.semantic.Embedder;
import org.anodex.semantic.SemanticQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * When a query's meaning joins its words in the ranking ({@code ranking.yaml}, {@code semantic.weight}):
 * for a relevance-sorted search with plain words, over an index with embeddings. The words still decide
 * which papers match; their meaning only reorders them ({@link SemanticQuery}).
 */
public final class SemanticRanking {
  private final float weight;

  SemanticRanking(float weight) {
    this.weight = weight;
  }

  /**
   * The words whose meaning joins the ranking of {@code request}: its plain words when it is sorted by
   * relevance and the weight is not 0; empty when the words rank alone. Both backends ask this.
   */
  public static String wordsToEmbed(SearchRequest request, float weight) {
    return request.byRelevance() && weight > 0 ? QueryTranslator.plainWords(request.q()) : "";
  }

  /** The query to rank {@code request} by: {@code lexical} with the meaning of its words, where that applies. */
  Query rank(Query lexical, SearchRequest request, IndexSearcher searcher) throws IOException {
    String words = wordsToEmbed(request, weight);
    if (words.isEmpty() || !hasEmbeddings(searcher)) {
      return lexical;
    }
    float top = topScore(lexical, searcher);
    return top > 0 ? SemanticQuery.fuse(lexical, top, Schema.EMBEDDING, Embedder.shared().query(words), weight) : lexical;
  }

  private static boolean hasEmbeddings(IndexSearcher searcher) {
    return searcher.getIndexReader().leaves().stream()
        .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(Schema.EMBEDDING) != null);
  }

  private static float topScore(Query lexical, IndexSearcher searcher) throws IOException {
    TopDocs best = searcher.search(lexical, 1);
    return best.scoreDocs.length == 0 ? 0 : best.scoreDocs[0].score;
  }
}
