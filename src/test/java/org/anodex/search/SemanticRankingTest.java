package org.anodex.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anodex.Fixtures;
import org.anodex.index.FacetedSearcher;
import org.anodex.index.LuceneIndex;
import org.anodex.index.Ranking;
import org.anodex.index.Schema;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;

/**
 * The ranking the README promises: words decide what matches, their meaning re-ranks the best word
 * matches (a bounded window).
 */
class SemanticRankingTest {
  private static final LuceneIndex INDEX = Fixtures.sample().index();
  private static final String Q =
      "how binders keep micro-sized silicon particles together while they swell";
  private final Ranking.Semantic settings = INDEX.schema().ranking().semantic();
  private final QueryTranslator words =
      new QueryTranslator(INDEX.schema().queryAnalyzer(), INDEX.schema().ranking().fields());
  private final float weight = settings.weight();

  @Test
  void theWindowIsRankedByWordsAndMeaningAndTheRestByWordsBelowIt() throws IOException {
    int window = 10;
    LuceneSearcher searcher =
        new LuceneSearcher(
            INDEX,
            Fixtures.taxonomy(),
            INDEX.schema().ranking().with(settings.withWindow(window)),
            Fixtures.embedder());
    SearchResult result = searcher.search(request(Q, "relevance", null));
    Map<String, Float> lexical = lexicalScores(Q);
    assertThat(weight).isPositive();
    assertThat(lexical.size()).isGreaterThan(window + 5);
    assertThat(result.total()).as("only papers the words match").isEqualTo(lexical.size());
    float top = lexical.values().stream().max(Float::compare).orElseThrow();
    List<String> byWords =
        lexical.entrySet().stream() // the search's order: score, then id
            .sorted(
                Map.Entry.<String, Float>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .toList();
    Set<String> windowIds = new HashSet<>(byWords.subList(0, window));
    float[] query = Fixtures.embedder().query(QueryTranslator.plainWords(Q));
    for (int i = 0; i < result.hits().size(); i++) {
      SearchResult.Hit h = result.hits().get(i);
      if (i < window) {
        assertThat(windowIds).as("the first hits are the window's").contains(h.id());
        double cosine =
            Fixtures.cosine(query, Fixtures.embedder().paper(searcher.paper(h.id()).orElseThrow()));
        assertThat((double) h.score())
            .as(h.id())
            .isCloseTo(1 + lexical.get(h.id()) / top + weight * (1 + cosine), within(1e-4));
      } else {
        assertThat(h.score())
            .as(h.id() + " after the window")
            .isCloseTo(lexical.get(h.id()) / top, within(1e-5f));
        assertThat(h.id()).isEqualTo(byWords.get(i));
      }
    }
    List<String> firstByMeaning =
        result.hits().subList(0, window).stream().map(SearchResult.Hit::id).toList();
    assertThat(firstByMeaning)
        .as("meaning reorders the window")
        .isNotEqualTo(byWords.subList(0, window));
  }

  @Test
  void rankWordsFieldedQueriesAndDateOrderRankByWordsAlone() throws IOException {
    LuceneSearcher searcher = new LuceneSearcher(INDEX, Fixtures.taxonomy(), Fixtures.embedder());
    Map<String, Float> lexical = lexicalScores(Q);
    SearchResult byWords = searcher.search(request(Q, "relevance", "words"));
    assertThat(byWords.total()).isEqualTo(lexical.size());
    byWords
        .hits()
        .forEach(
            h -> assertThat(h.score()).as(h.id()).isCloseTo(lexical.get(h.id()), within(1e-5f)));

    SearchResult fielded = searcher.search(request("title:silicon", "relevance", null));
    Map<String, Float> fieldedScores = lexicalScores("title:silicon");
    assertThat(fielded.hits()).isNotEmpty();
    fielded
        .hits()
        .forEach(
            h ->
                assertThat(h.score())
                    .as(h.id())
                    .isCloseTo(fieldedScores.get(h.id()), within(1e-5f)));

    SearchResult byDate = searcher.search(request("silicon binder", "-date", null));
    assertThat(byDate.total()).isEqualTo(lexicalScores("silicon binder").size());
  }

  @Test
  void pagesAndCursorsWalkTheHybridRankingExactlyOnce() throws IOException {
    LuceneSearcher searcher =
        new LuceneSearcher(
            INDEX,
            Fixtures.taxonomy(),
            INDEX.schema().ranking().with(settings.withWindow(7)),
            Fixtures.embedder());
    SearchResult all = searcher.search(request(Q, "relevance", null).withSize(100));
    List<String> walked = new java.util.ArrayList<>();
    SearchResult page = searcher.search(request(Q, "relevance", null).withSize(3));
    while (true) {
      page.hits().forEach(h -> walked.add(h.id() + " " + h.score()));
      if (page.nextCursor() == null) {
        break;
      }
      page =
          searcher.search(
              new SearchRequest(
                  Q,
                  List.of(),
                  List.of(),
                  List.of(),
                  10,
                  "relevance",
                  3,
                  1,
                  page.nextCursor(),
                  false,
                  null));
    }
    // The first pages are read from the window, the page of 100 and the pages after the window
    // from the query: the same hits, in the same order, with the same scores.
    assertThat(all.hits()).hasSizeGreaterThan(7);
    assertThat(walked).isEqualTo(all.hits().stream().map(h -> h.id() + " " + h.score()).toList());
  }

  @Test
  void theWindowIsOrderedByScoreThenByIdAsTheQueryOrdersIt() {
    java.util.Random random = new java.util.Random(7);
    org.apache.lucene.search.FieldDoc[] hits = new org.apache.lucene.search.FieldDoc[300];
    for (int i = 0; i < hits.length; i++) {
      float score = 1 + random.nextInt(40) / 8f; // 40 scores for 300 hits: many ties
      String id = "p" + random.nextInt(1000);
      hits[i] =
          new org.apache.lucene.search.FieldDoc(
              i, score, new Object[] {score, new org.apache.lucene.util.BytesRef(id)});
    }
    List<String> expected =
        java.util.Arrays.stream(hits)
            .sorted(
                java.util.Comparator.comparing((org.apache.lucene.search.FieldDoc h) -> -h.score)
                    .thenComparing(h -> (org.apache.lucene.util.BytesRef) h.fields[1]))
            .map(
                h -> h.score + " " + ((org.apache.lucene.util.BytesRef) h.fields[1]).utf8ToString())
            .toList();
    SemanticRanking.sortByScoreThenId(hits, new Ids(null, Schema.ID)); // every id known
    assertThat(
            java.util.Arrays.stream(hits)
                .map(
                    h ->
                        h.score
                            + " "
                            + ((org.apache.lucene.util.BytesRef) h.fields[1]).utf8ToString())
                .toList())
        .isEqualTo(expected);
  }

  private static SearchRequest request(String q, String sort, String rank) {
    return new SearchRequest(
        q, List.of(), List.of(), List.of(), 10, sort, 20, 1, null, false, rank);
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
}
