package org.anodex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.index.Ranking;
import org.anodex.index.Schema;
import org.anodex.paper.Embedding;
import org.anodex.semantic.Embedder;
import org.anodex.semantic.HybridQuery;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * When and how a query's meaning joins its words in the ranking ({@code ranking.yaml}, {@code
 * semantic}): for a relevance-sorted {@code rank=hybrid} search with plain words, over an index
 * with embeddings. The meaning re-ranks the best {@code window} word matches of the search ({@link
 * HybridQuery}).
 */
public final class SemanticRanking {
  /** The order of the re-ranking window: the words' score, ties by id (as on SolrCloud). */
  static final Sort BY_WORDS = new Sort(SortField.FIELD_SCORE, IdTieBreak.on(Schema.ID));

  private final Ranking.Semantic settings;
  private final Embedder embedder;

  SemanticRanking(Ranking.Semantic settings, Embedder embedder) {
    this.settings = settings;
    this.embedder = embedder;
  }

  /**
   * The words whose meaning joins the ranking of {@code plan}: its plain words when it is ranked by
   * meaning and the weight is not 0; empty when the words rank alone. Both backends ask this.
   */
  public static String wordsToEmbed(SearchPlan plan, Ranking.Semantic settings) {
    String words =
        plan.byMeaning() && settings.weight() > 0 ? QueryTranslator.plainWords(plan.q()) : "";
    // Words without a letter or digit (a stray U+FFFD, a zero-width space) have no meaning to
    // embed.
    return words.codePoints().anyMatch(Character::isLetterOrDigit) ? words : "";
  }

  /**
   * The query to rank {@code plan} by: {@code words} (the query's words within the search's filters
   * and ranges) re-ranked with the meaning of the words, or null where the words rank alone.
   */
  Query rank(Query text, Query words, SearchPlan plan, IndexSearcher searcher) throws IOException {
    String plain = wordsToEmbed(plan, settings);
    if (plain.isEmpty() || !hasEmbeddings(searcher)) {
      return null;
    }
    int window = settings.window();
    TopDocs best =
        searcher.search(words, new TopFieldCollectorManager(BY_WORDS, window, null, window, false));
    if (best.scoreDocs.length == 0) {
      return null; // nothing to re-rank, and no query to embed
    }
    Map<String, Float> similarity = new LinkedHashMap<>();
    similarities(searcher, best.scoreDocs, embedder.query(plain), similarity);
    float bestWords = (Float) ((FieldDoc) best.scoreDocs[0]).fields[0];
    return HybridQuery.of(text, bestWords, Schema.ID, similarity, settings.weight());
  }

  /**
   * Each doc's id and similarity to the query vector, as Lucene scores cosine vectors (0 without an
   * embedding), read in document order (doc values and vectors are iterators that only go forward).
   */
  private static void similarities(
      IndexSearcher searcher, ScoreDoc[] docs, float[] vector, Map<String, Float> out)
      throws IOException {
    String[] ids = new String[docs.length];
    float[] sims = new float[docs.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    SortedDocValues idValues = null;
    FloatVectorValues vectors = null;
    for (int i : inDocOrder(docs)) {
      if (leaf == null || docs[i].doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
        idValues = leaf.reader().getSortedDocValues(Schema.ID);
        vectors = vectors(leaf);
      }
      int doc = docs[i].doc - leaf.docBase;
      if (idValues == null || !idValues.advanceExact(doc)) {
        throw new IOException("a paper without an id at document " + docs[i].doc);
      }
      ids[i] = idValues.lookupOrd(idValues.ordValue()).utf8ToString();
      if (vectors != null
          && (vectors.docID() < doc ? vectors.advance(doc) : vectors.docID()) == doc) {
        sims[i] = VectorSimilarityFunction.COSINE.compare(vector, vectors.vectorValue());
      }
    }
    for (int i = 0; i < docs.length; i++) {
      out.put(ids[i], sims[i]);
    }
  }

  private static List<Integer> inDocOrder(ScoreDoc[] docs) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> docs[i].doc));
    return order;
  }

  private static FloatVectorValues vectors(LeafReaderContext leaf) throws IOException {
    var info = leaf.reader().getFieldInfos().fieldInfo(Schema.EMBEDDING);
    return info == null || info.getVectorDimension() != Embedding.DIMENSION
        ? null
        : leaf.reader().getFloatVectorValues(Schema.EMBEDDING);
  }

  private static boolean hasEmbeddings(IndexSearcher searcher) {
    return searcher.getIndexReader().leaves().stream()
        .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(Schema.EMBEDDING) != null);
  }
}
