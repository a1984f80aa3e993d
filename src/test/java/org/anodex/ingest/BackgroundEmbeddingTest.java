package org.anodex.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.anodex.Fixtures;
import org.anodex.index.FacetedSearcher;
import org.anodex.index.LuceneIndex;
import org.anodex.index.PaperIndex;
import org.anodex.index.Schema;
import org.anodex.paper.Embedding;
import org.anodex.paper.Paper;
import org.anodex.search.LuceneSearcher;
import org.anodex.search.QueryTranslator;
import org.anodex.search.SearchRequest;
import org.anodex.search.SearchResult;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words first, meaning after: papers are searchable before their embedding, which follows in the
 * background.
 */
class BackgroundEmbeddingTest {
  private static final String RECORDS =
      """
      {"doi": "10.5555/e.1", "title": "Micro-sized silicon anodes with a PAA binder", "abstract": "A polyacrylic acid binder keeps micro-sized silicon particles in contact as they swell during cycling."}
      {"doi": "10.5555/e.2", "title": "Fluoroethylene carbonate in the electrolyte of silicon anodes", "abstract": "FEC forms a thin, stable SEI on silicon and slows the capacity fade of the cells."}
      {"doi": "10.5555/e.3", "title": "Sodium-ion cathodes of layered oxides", "abstract": "Layered sodium transition-metal oxides as cathodes for sodium-ion batteries."}
      {"doi": "10.5555/e.4", "title": "Hard carbon anodes for sodium-ion batteries", "abstract": "Hard carbon stores sodium in its pores and between its layers."}
      """;

  @TempDir Path dir;

  @Test
  void aPaperIsSearchableByItsWordsBeforeItsEmbeddingAndRankedByItsMeaningAfter() throws Exception {
    try (LuceneIndex index = LuceneIndex.openForWriting(dir.resolve("index"), Fixtures.schema())) {
      IngestSummary s = ingest(index, "records.jsonl", RECORDS);
      assertThat(s.added()).isEqualTo(4);
      LuceneSearcher searcher = new LuceneSearcher(index, Fixtures.taxonomy(), Fixtures.embedder());
      String q = "silicon binder swelling";
      assertThat(ids(searcher.search(request(q)))).contains("10.5555~e.1");
      assertThat(index.pendingEmbeddingCount()).isEqualTo(4);
      assertThat(vectors(index)).isEmpty();

      BackgroundEmbedder.Result r = Fixtures.embed(index);
      assertThat(r.embedded()).isEqualTo(4);
      assertThat(r.changed() + r.failed()).isZero();
      assertThat(index.pendingEmbeddingCount()).isZero();
      Map<String, float[]> vectors = vectors(index);
      assertThat(vectors).hasSize(4);
      Paper p1 = index.get("10.5555~e.1");
      assertThat(vectors.get(p1.id())).containsExactly(Fixtures.embedder().paper(p1));

      // Hybrid ranking now scores 1 + words / best words + weight x (1 + cosine) with the paper's
      // vector (every hit is in the re-ranking window).
      SearchResult hybrid = searcher.search(request(q));
      float weight = index.schema().ranking().semantic().weight();
      float[] query = Fixtures.embedder().query(QueryTranslator.plainWords(q));
      List<Double> wordsShares = new ArrayList<>();
      for (SearchResult.Hit h : hybrid.hits()) {
        wordsShares.add(h.score() - 1 - weight * (1 + Fixtures.cosine(query, vectors.get(h.id()))));
      }
      assertThat(wordsShares).allSatisfy(w -> assertThat(w).isBetween(0.0, 1.0001));
      assertThat(wordsShares.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
          .isCloseTo(1.0, within(1e-4));
      // The paper (words and stored fields) is what it was.
      assertThat(index.get("10.5555~e.1")).isEqualTo(p1);
      // Ingesting the same records again leaves the embedded papers alone.
      IngestSummary again = ingest(index, "records.jsonl", RECORDS);
      assertThat(again.unchanged()).isEqualTo(4);
      index.commit();
      assertThat(index.pendingEmbeddingCount()).isZero();
      assertThat(vectors(index)).hasSize(4);
      // A paper rewritten with the same title and abstract (re-tagged) keeps its vector; another
      // text loses it.
      assertThat(index.upsert(p1.withTopics(List.of()))).isEqualTo(PaperIndex.Outcome.UPDATED);
      Paper p2 = index.get("10.5555~e.2");
      assertThat(
              index.upsert(
                  new Paper(
                      p2.id(),
                      p2.doi(),
                      "Another title",
                      p2.authors(),
                      p2.year(),
                      p2.date(),
                      p2.journal(),
                      p2.abstractText(),
                      p2.keywords(),
                      p2.body(),
                      p2.format(),
                      p2.source(),
                      p2.file(),
                      p2.topics(),
                      p2.properties())))
          .isEqualTo(PaperIndex.Outcome.UPDATED);
      index.commit();
      assertThat(vectors(index).get(p1.id())).containsExactly(vectors.get(p1.id()));
      assertThat(vectors(index)).doesNotContainKey(p2.id());
      assertThat(index.pendingEmbeddingCount()).isEqualTo(1);
    }
  }

  @Test
  void aKilledEmbedderLosesOnlyWhatItHadNotCommittedAndTheNextRunCarriesOn() throws Exception {
    Path path = dir.resolve("index");
    try (LuceneIndex index = LuceneIndex.openForWriting(path, Fixtures.schema())) {
      ingest(index, "records.jsonl", RECORDS);
      // A first run is stopped after two papers: it commits them.
      AtomicInteger calls = new AtomicInteger();
      BackgroundEmbedder[] stopped = new BackgroundEmbedder[1];
      stopped[0] =
          new BackgroundEmbedder(
              index,
              p -> {
                if (calls.incrementAndGet() == 2) {
                  stopped[0].stop();
                }
                return Fixtures.embedder().paper(p);
              },
              1,
              60_000,
              EmbedProgress.NONE);
      assertThat(stopped[0].run().embedded()).isEqualTo(2);
      // A second run dies at its first paper, with what it had not committed (a kill).
      CountDownLatch dead = new CountDownLatch(1);
      BackgroundEmbedder killed =
          new BackgroundEmbedder(
              index,
              p -> {
                rollback(index);
                dead.countDown();
                return Fixtures.embedder().paper(p);
              },
              1,
              60_000,
              EmbedProgress.NONE);
      assertThatThrownBy(killed::run).hasMessageContaining("closed");
      assertThat(dead.await(30, TimeUnit.SECONDS)).isTrue();
    }
    try (LuceneIndex index = LuceneIndex.openForWriting(path, Fixtures.schema())) {
      int left = index.pendingEmbeddingCount();
      assertThat(left).isEqualTo(2);
      assertThat(vectors(index)).hasSize(4 - left);
      BackgroundEmbedder.Result r = Fixtures.embed(index);
      assertThat(r.embedded()).isEqualTo(left);
      assertThat(vectors(index)).hasSize(4);
    }
  }

  @Test
  void aRecordsOwnEmbeddingIsTakenAsItIsAndAWrongOneLeavesThePaperToTheEmbedder() throws Exception {
    float[] given = new float[Embedding.DIMENSION];
    given[7] = 1f;
    String records =
        record("10.5555/v.1", "Silicon anodes", given, Embedding.MODEL)
            + "\n"
            + record(
                "10.5555/v.2", "Silicon anodes again", new float[] {0.6f, 0.8f}, Embedding.MODEL)
            + "\n"
            + record("10.5555/v.3", "Silicon anodes once more", given, "another-model")
            + "\n";
    try (LuceneIndex index = LuceneIndex.openForWriting(dir.resolve("index"), Fixtures.schema())) {
      IngestSummary s = ingest(index, "vectors.jsonl", records);
      assertThat(s.added()).isEqualTo(3);
      assertThat(s.embeddings().taken()).isEqualTo(1);
      assertThat(s.embeddings().refused()).isEqualTo(2);
      assertThat(s.embeddings().examples())
          .extracting(IngestSummary.Failure::reason)
          .containsExactly(
              "embedding of dimension 2 (expected 384)",
              "embedding of model another-model (expected " + Embedding.MODEL + ")");
      assertThat(s.toText()).contains("1 embeddings taken from the records, 2 not taken");
      // All three are searchable by their words; the two refused wait for the embedder.
      LuceneSearcher searcher = new LuceneSearcher(index, Fixtures.taxonomy(), Fixtures.embedder());
      assertThat(searcher.search(request("silicon anodes")).total()).isEqualTo(3);
      assertThat(index.pendingEmbeddingCount()).isEqualTo(2);
      assertThat(vectors(index)).containsOnlyKeys("10.5555~v.1");
      assertThat(vectors(index).get("10.5555~v.1")).containsExactly(given);
      Fixtures.embed(index);
      assertThat(vectors(index)).hasSize(3);
      assertThat(vectors(index).get("10.5555~v.1")).containsExactly(given);
    }
  }

  @Test
  void aPaperRewrittenWhileItIsEmbeddedKeepsItsNewVersion() throws Exception {
    try (LuceneIndex index = LuceneIndex.openForWriting(dir.resolve("index"), Fixtures.schema())) {
      ingest(index, "records.jsonl", RECORDS);
      LuceneIndex.PendingPaper old = index.pendingEmbeddings(10).get(0);
      Paper changed = old.paper().withBody("A body added since.");
      assertThat(index.upsert(changed)).isEqualTo(PaperIndex.Outcome.UPDATED);
      assertThat(index.addEmbedding(old.paper(), old.hash(), new float[Embedding.DIMENSION]))
          .isFalse();
      index.commit();
      assertThat(index.get(old.paper().id()).body()).isEqualTo("A body added since.");
      assertThat(index.pendingEmbeddingCount()).isEqualTo(4);
    }
  }

  private IngestSummary ingest(LuceneIndex index, String name, String records) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, records);
    try (var sources = Fixtures.sources()) {
      return new Ingester(
              sources, Fixtures.enrichers(), index, 2, Commits.everyPapers(1000), Progress.NONE)
          .ingest(List.of(file));
    }
  }

  private static void rollback(LuceneIndex index) {
    try {
      index.rollback();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String record(String doi, String title, float[] v, String model) {
    StringBuilder s =
        new StringBuilder(
            "{\"doi\": \"" + doi + "\", \"title\": \"" + title + "\", \"embedding\": [");
    for (int i = 0; i < v.length; i++) {
      s.append(i == 0 ? "" : ", ").append(v[i]);
    }
    return s.append("], \"embedding_model\": \"").append(model).append("\"}").toString();
  }

  private static SearchRequest request(String q) {
    return new SearchRequest(
        q, List.of(), List.of(), List.of(), 10, "relevance", 20, 1, null, false, null);
  }

  private static List<String> ids(SearchResult r) {
    List<String> ids = new ArrayList<>();
    r.hits().forEach(h -> ids.add(h.id()));
    return ids;
  }

  /** Each embedded paper's vector, by id. */
  private static Map<String, float[]> vectors(LuceneIndex index) throws IOException {
    Map<String, float[]> out = new HashMap<>();
    FacetedSearcher s = index.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        FloatVectorValues values = leaf.reader().getFloatVectorValues(Schema.EMBEDDING);
        Bits live = leaf.reader().getLiveDocs();
        if (values == null) {
          continue;
        }
        for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
          if (live == null || live.get(d)) {
            out.put(
                leaf.reader().storedFields().document(d).get(Schema.ID),
                values.vectorValue().clone());
          }
        }
      }
      return out;
    } finally {
      index.release(s);
    }
  }
}
