package org.anodex.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anodex.Fixtures;
import org.anodex.index.FacetedSearcher;
import org.anodex.index.LuceneIndex;
import org.anodex.index.Schema;
import org.anodex.semantic.Embedder;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;

/** The ranking the README promises: words decide what matches, meaning joins them in the score. */
class SemanticRankingTest {
  private static final LuceneIndex INDEX = Fixtures.sample().index();
  private final LuceneSearcher searcher = new LuceneSearcher(INDEX, Fixtures.taxonomy());
  private final QueryTranslator words = new QueryTranslator(INDEX.schema().queryAnalyzer(), INDEX.schema().ranking().fields());
  private final float weight = INDEX.schema().ranking().semanticWeight();

  @Test
  void aPaperScoresItsWordsShareAndItsMeaningShare() throws IOException {
    String q = "how binders keep micro-sized silicon particles together while they swell";
    SearchResult result = searcher.search(request(q, "relevance"));
    Map<String, Float> lexical = lexicalScores(q);
    assertThat(weight).isPositive();
    assertThat(result.total()).as("only papers the words match").isEqualTo(lexical.size());
    float top = lexical.values().stream().max(Float::compare).orElseThrow();
    float[] query = Embedder.shared().query(QueryTranslator.plainWords(q));
    for (SearchResult.Hit h : result.hits()) {
      double cosine = cosine(query, Embedder.shared().paper(searcher.paper(h.id()).orElseThrow()));
      assertThat((double) h.score()).as(h.id()).isCloseTo(lexical.get(h.id()) / top + weight * (1 + cosine), within(1e-4));
    }
    // Meaning reorders: the order differs from the words' order for this query.
    List<String> byWords = lexical.entrySet().stream().sorted(Map.Entry.<String, Float>comparingByValue().reversed())
        .map(Map.Entry::getKey).limit(result.hits().size()).toList();
    assertThat(result.hits().stream().map(SearchResult.Hit::id).toList()).isNotEqualTo(byWords);
  }

  @Test
  void fieldedQueriesAndDateOrderRankByWordsAlone() throws IOException {
    SearchResult fielded = searcher.search(request("title:silicon", "relevance"));
    Map<String, Float> lexical = lexicalScores("title:silicon");
    assertThat(fielded.hits()).isNotEmpty();
    fielded.hits().forEach(h -> assertThat(h.score()).as(h.id()).isCloseTo(lexical.get(h.id()), within(1e-5f)));

    SearchResult byDate = searcher.search(request("silicon binder", "-date"));
    assertThat(byDate.total()).isEqualTo(lexicalScores("silicon binder").size());
  }

  private static SearchRequest request(String q, String sort) {
    return new SearchRequest(q, List.of(), List.of(), List.of(), 10, sort, 20, 1, null, false);
  }

  private Map<String, Float> lexicalScores(String q) throws IOException {
    FacetedSearcher s = INDEX.acquire();
    try {
      Query query = words.parse(q);
      TopDocs top = s.search(query, 1000);
      Map<String, Float> out = new HashMap<>();
      for (ScoreDoc d : top.scoreDocs) {
        out.put(s.storedFields().document(d.doc).get(Schema.ID), d.score);
      }
      return out;
    } finally {
      INDEX.release(s);
    }
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }
}
