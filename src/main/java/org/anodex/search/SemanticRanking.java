package org.anodex.search;

import java.io.IOException;
import java.util.Arrays;
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
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * When and how a query's meaning joins its words in the ranking ({@code ranking.yaml}, {@code
 * semantic}): for a relevance-sorted {@code rank=hybrid} search with plain words, over an index
 * with embeddings. The meaning re-ranks the best {@code window} word matches of the search ({@link
 * HybridQuery}).
 */
public final class SemanticRanking {
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
   * A search ranked by words and meaning: its window (the candidates, in the query's order, with
   * the scores the query gives them), and the query itself, built only when asked (a page within
   * the window is read from it).
   *
   * @param text the query's words
   * @param bestWords the best score of the words in the search
   * @param everyMatch whether the window holds every match of the search
   * @param ids reads the ids of the window's hits where they are needed
   */
  record Ranked(Query text, float bestWords, FieldDoc[] window, boolean everyMatch, Ids ids) {
    /**
     * The query that ranks every match as the window ranks its candidates ({@link HybridQuery}).
     */
    Query query() {
      ids.read(window, 0, window.length);
      Map<String, Float> scores = new LinkedHashMap<>();
      for (FieldDoc hit : window) {
        scores.put(((BytesRef) hit.fields[1]).utf8ToString(), (Float) hit.fields[0]);
      }
      return HybridQuery.of(text, bestWords, Schema.ID, scores);
    }

    /**
     * The first {@code n} hits after {@code after} (from the first where null), read from the
     * window; null where the window does not hold them all.
     */
    TopDocs page(int n, FieldDoc after) {
      int from = 0;
      while (after != null && from < window.length && !follows(window[from], after)) {
        from++;
      }
      int to = Math.min(window.length, from + n);
      if (to - from < n && !everyMatch) {
        return null;
      }
      ids.read(window, from, to); // a cursor carries the last
      return new TopDocs(
          new TotalHits(window.length, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO),
          Arrays.copyOfRange(window, from, to));
    }

    /** Whether a hit comes after another in the window's order: score, then id. */
    private boolean follows(FieldDoc hit, FieldDoc other) {
      int byScore = Float.compare((Float) other.fields[0], (Float) hit.fields[0]);
      return byScore != 0 ? byScore > 0 : ids.of(hit).compareTo(ids.of(other)) > 0;
    }
  }

  /**
   * {@code words} (the query's words within the search's filters and ranges) ranked with the
   * meaning of the words, or null where the words rank alone: {@code text} re-ranked in the {@link
   * HybridQuery}, and the window it re-ranks.
   */
  Ranked rank(Query text, Query words, SearchPlan plan, IndexSearcher searcher) throws IOException {
    String plain = wordsToEmbed(plan, settings);
    if (plain.isEmpty() || !hasEmbeddings(searcher)) {
      return null;
    }
    int window = settings.window();
    Ids ids = new Ids(searcher, Schema.ID);
    TopDocs best = ScoreWindow.search(searcher, words, window, ids);
    ScoreDoc[] docs = best.scoreDocs;
    if (docs.length == 0) {
      return null; // nothing to re-rank, and no query to embed
    }
    float[] similarity = similarities(searcher, docs, embedder.query(plain));
    float bestWords = (Float) ((FieldDoc) docs[0]).fields[0];
    FieldDoc[] ranked = new FieldDoc[docs.length];
    for (int i = 0; i < docs.length; i++) {
      Object[] byWords = ((FieldDoc) docs[i]).fields; // the words' score, the id (or null)
      float score =
          HybridQuery.candidateScore(
              (Float) byWords[0], bestWords, similarity[i], settings.weight());
      ranked[i] = new FieldDoc(docs[i].doc, score, new Object[] {score, byWords[1]});
    }
    sortByScoreThenId(ranked, ids);
    boolean everyMatch =
        best.totalHits.relation == TotalHits.Relation.EQUAL_TO
            && best.totalHits.value == docs.length;
    return new Ranked(text, bestWords, ranked, everyMatch, ids);
  }

  /**
   * Sorts hits in the window's order (score, then id, as on SolrCloud): by score on primitive keys,
   * then each run of equal scores (rare) by id, read for them alone.
   */
  static void sortByScoreThenId(FieldDoc[] hits, Ids ids) {
    long[] keys = new long[hits.length];
    for (int i = 0; i < hits.length; i++) {
      // the score's sortable bits inverted (highest first) above the hit's place
      keys[i] = (long) ~NumericUtils.floatToSortableInt(hits[i].score) << 32 | i;
    }
    Arrays.sort(keys);
    FieldDoc[] sorted = new FieldDoc[hits.length];
    for (int i = 0; i < keys.length; i++) {
      sorted[i] = hits[(int) keys[i]];
    }
    for (int from = 0, to; from < sorted.length; from = to) {
      to = from + 1;
      while (to < sorted.length && Float.compare(sorted[to].score, sorted[from].score) == 0) {
        to++;
      }
      if (to - from > 1) {
        ids.read(sorted, from, to);
        Arrays.sort(sorted, from, to, Comparator.comparing(ids::of));
      }
    }
    System.arraycopy(sorted, 0, hits, 0, hits.length);
  }

  /**
   * Each doc's similarity to the query vector, as Lucene scores cosine vectors (0 without an
   * embedding), read in document order (vectors are iterators that only go forward).
   */
  private static float[] similarities(IndexSearcher searcher, ScoreDoc[] docs, float[] vector)
      throws IOException {
    float[] sims = new float[docs.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    FloatVectorValues vectors = null;
    for (int i : inDocOrder(docs)) {
      if (leaf == null || docs[i].doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
        vectors = vectors(leaf);
      }
      int doc = docs[i].doc - leaf.docBase;
      if (vectors != null
          && (vectors.docID() < doc ? vectors.advance(doc) : vectors.docID()) == doc) {
        sims[i] = VectorSimilarityFunction.COSINE.compare(vector, vectors.vectorValue());
      }
    }
    return sims;
  }

  /** The places of {@code docs} in the order of their document numbers. */
  private static int[] inDocOrder(ScoreDoc[] docs) {
    long[] keys = new long[docs.length];
    for (int i = 0; i < docs.length; i++) {
      keys[i] = (long) docs[i].doc << 32 | i;
    }
    Arrays.sort(keys);
    int[] order = new int[docs.length];
    for (int i = 0; i < keys.length; i++) {
      order[i] = (int) keys[i];
    }
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
