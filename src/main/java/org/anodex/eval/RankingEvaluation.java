package org.anodex.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anodex.search.SearchRequest;
import org.anodex.search.SearchResult;
import org.anodex.search.Searcher;

/**
 * Runs evaluation queries through a {@link Searcher} (the API's path: its parsing, fields, weights
 * and analysis) and scores the run against judgments.
 */
public final class RankingEvaluation {
  /** Documents retrieved per query: enough for Recall@100, and the API's largest page. */
  public static final int DEPTH = SearchRequest.MAX_SIZE;

  /** Means over the scored queries, and each query's figures. */
  public record Report(
      int queries,
      double ndcg10,
      double recall100,
      double mrr10,
      long medianMatches,
      Map<String, double[]> perQuery) {
    public String toText() {
      return String.format(
          Locale.ROOT,
          "queries    %d%nnDCG@10    %.4f%nR@100      %.4f%nMRR@10     %.4f%nmedian total %d%n",
          queries,
          ndcg10,
          recall100,
          mrr10,
          medianMatches);
    }
  }

  private RankingEvaluation() {}

  /**
   * Searches each query as plain text (its syntax characters are words) and keeps the top {@link
   * #DEPTH}.
   */
  public static Run run(Searcher searcher, Map<String, String> queries, Collection<String> ids)
      throws IOException {
    return run(searcher, queries, ids, SearchRequest.HYBRID);
  }

  /**
   * {@link #run(Searcher, Map, Collection)} with the request's {@code rank} ({@code hybrid} or
   * {@code words}).
   */
  public static Run run(
      Searcher searcher, Map<String, String> queries, Collection<String> ids, String rank)
      throws IOException {
    Run run = new Run();
    for (String id : ids) {
      String text = queries.get(id);
      if (text == null) {
        throw new IOException("query " + id + " is judged but not in the queries file");
      }
      SearchRequest request =
          new SearchRequest(
              PlainText.escape(text),
              List.of(),
              List.of(),
              List.of(),
              10,
              "relevance",
              DEPTH,
              1,
              null,
              false,
              rank);
      List<Run.Scored> docs = new ArrayList<>();
      SearchResult result = searcher.search(request);
      for (SearchResult.Hit h : result.hits()) {
        docs.add(new Run.Scored(docId(h), h.score()));
      }
      run.add(id, docs, result.total());
    }
    return run;
  }

  /**
   * How a hit is named in a run: by its DOI where it has one (judgments of papers refer to DOIs),
   * else by its record key (a BEIR {@code _id}), which is the paper id without its "k-".
   */
  static String docId(SearchResult.Hit h) {
    if (h.doi() != null) {
      return h.doi();
    }
    return h.id().startsWith("k-") ? h.id().substring(2) : h.id();
  }

  /**
   * nDCG@10, Recall@100 and MRR@10 averaged over every query with a relevant judgment; a query that
   * retrieved nothing counts as 0 (trec_eval -c).
   */
  public static Report score(Run run, Qrels qrels) {
    Map<String, double[]> perQuery = new LinkedHashMap<>();
    double n = 0;
    double r = 0;
    double m = 0;
    List<String> scored = qrels.scoredQueries();
    for (String q : scored) {
      List<Run.Scored> ranked = run.ranked(q);
      double[] f = {
        Metrics.ndcg(ranked, qrels.judged(q), 10),
        Metrics.recall(ranked, qrels.judged(q), 100),
        Metrics.reciprocalRank(ranked, qrels.judged(q), 10)
      };
      perQuery.put(q, f);
      n += f[0];
      r += f[1];
      m += f[2];
    }
    int count = Math.max(1, scored.size());
    return new Report(
        scored.size(), n / count, r / count, m / count, run.medianMatches(), perQuery);
  }
}
