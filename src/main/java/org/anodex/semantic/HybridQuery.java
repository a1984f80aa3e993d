package org.anodex.semantic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Words and meaning in one query, at a cost that does not grow with the number of matches. The
 * meaning is scored for a bounded set of candidates only: the best word matches of the search (its
 * re-ranking window, as Solr's and Elasticsearch's rescore window). A candidate scores {@link
 * #candidateScore}, {@code 1 + words / bestWords + weight * (1 + cosine)}, computed once from the
 * window; any other match scores {@code words / bestWords}, at most 1, so it follows every
 * candidate, in the words' order. Within the candidates this is the order of words and meaning
 * fused over every match; the score is the paper's own, so totals, facet counts, pages and cursors
 * work as for any query, and a page within the window can be read from the window itself, with the
 * same scores. SolrCloud nodes build the same query from the same candidates ({@link #encode}).
 */
public final class HybridQuery {
  private HybridQuery() {}

  /**
   * A candidate's score.
   *
   * @param words its words' score
   * @param bestWords the best score of the words in the search (0 where they match nothing)
   * @param similarity its similarity to the query as Lucene scores cosine vectors, {@code (1 +
   *     cosine) / 2}; 0 for a candidate without an embedding
   * @param weight the meaning's weight beside the words
   */
  public static float candidateScore(float words, float bestWords, float similarity, float weight) {
    return (float) (1 + words(words, bestWords) + 2.0 * weight * similarity);
  }

  private static double words(float words, float bestWords) {
    return bestWords > 0 ? (double) words / bestWords : words;
  }

  /**
   * @param lexical the query's words
   * @param bestWords the best score of the words in the search (0 where they match nothing)
   * @param scoreById each candidate's {@link #candidateScore}
   */
  public static Query of(
      Query lexical, float bestWords, String idField, Map<String, Float> scoreById) {
    Query candidates = new CandidateScores(idField, scoreById);
    // A candidate matches the second clause only, so its score is exactly its candidate score.
    Query others =
        new BooleanQuery.Builder()
            .add(
                new BoostQuery(lexical, bestWords > 0 ? 1f / bestWords : 1f),
                BooleanClause.Occur.MUST)
            .add(candidates, BooleanClause.Occur.MUST_NOT)
            .build();
    return new BooleanQuery.Builder()
        .add(others, BooleanClause.Occur.SHOULD)
        .add(candidates, BooleanClause.Occur.SHOULD)
        .build();
  }

  /**
   * Candidates as text ({@code id=score,...}; ids have no '=' or ','), read back by {@link
   * #decode}.
   */
  public static String encode(Map<String, Float> scoreById) {
    return scoreById.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(","));
  }

  public static Map<String, Float> decode(String text) {
    Map<String, Float> out = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String pair : text.split(",")) {
      int eq = pair.lastIndexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("a candidate is id=score, was '" + pair + "'");
      }
      out.put(pair.substring(0, eq), Float.parseFloat(pair.substring(eq + 1)));
    }
    return out;
  }
}
