package org.anodex.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.anodex.Fixtures;
import org.anodex.index.LuceneIndex;
import org.anodex.index.Ranking;
import org.anodex.ingest.BackgroundEmbedder;
import org.anodex.ingest.EmbedProgress;
import org.anodex.paper.Embedding;
import org.anodex.paper.Paper;
import org.anodex.search.LuceneSearcher;
import org.anodex.search.SearchRequest;
import org.anodex.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedder is passed in: a backend given another embedder embeds and ranks with it, and a
 * backend whose meaning is off neither asks its embedder nor loads the ONNX model, writing or
 * searching.
 */
class GivenEmbedderTest {
  private static final String Q = "silicon anode";
  private static final List<Paper> PAPERS =
      List.of(
          paper("a", "Silicon anode alpha"),
          paper("b", "Silicon anode beta"),
          paper("c", "Silicon anode gamma"));

  @TempDir Path tmp;

  /**
   * A deterministic embedder of three meanings: a paper means the last word of its title; every
   * query means {@code queryMeaning}. It counts what it is asked.
   */
  private static final class Toy implements Embedder {
    private static final List<String> MEANINGS = List.of("alpha", "beta", "gamma");
    final String queryMeaning;
    final AtomicInteger asked = new AtomicInteger();

    Toy(String queryMeaning) {
      this.queryMeaning = queryMeaning;
    }

    @Override
    public float[] paper(Paper p) {
      asked.incrementAndGet();
      return meaning(p.title().substring(p.title().lastIndexOf(' ') + 1));
    }

    @Override
    public float[] query(String words) {
      asked.incrementAndGet();
      return meaning(queryMeaning);
    }

    private static float[] meaning(String word) {
      float[] v = new float[Embedding.DIMENSION];
      v[MEANINGS.indexOf(word)] = 1;
      return v;
    }
  }

  @Test
  void aSearcherRanksByTheMeaningOfTheEmbedderItIsGiven() throws IOException {
    try (LuceneIndex index = LuceneIndex.openForWriting(tmp, Fixtures.schema())) {
      write(index);
      Toy writer = new Toy("alpha");
      new BackgroundEmbedder(index, writer::paper, 1, 60_000, EmbedProgress.NONE).run();
      assertThat(writer.asked)
          .as("the background embedder embedded with the embedder given")
          .hasValue(3);

      for (String meaning : List.of("beta", "gamma", "alpha")) {
        Toy embedder = new Toy(meaning);
        List<String> ids =
            new LuceneSearcher(index, Fixtures.taxonomy(), embedder)
                .search(SearchRequest.of(Q)).hits().stream().map(SearchResult.Hit::id).toList();
        assertThat(ids)
            .as("query meaning " + meaning)
            .hasSize(3)
            .first()
            .isEqualTo(PAPERS.get(Toy.MEANINGS.indexOf(meaning)).id());
        assertThat(embedder.asked).hasValue(1);
      }
      Toy counter = new Toy("beta");
      SearchResult counted =
          new LuceneSearcher(index, Fixtures.taxonomy(), counter)
              .search(SearchRequest.of(Q).withSize(0));
      assertThat(counted.total()).as("a count without hits").isEqualTo(3);
      assertThat(counter.asked).as("a count has nothing to rank by meaning").hasValue(0);
    }
  }

  @Test
  void withTheMeaningOffNothingIsEmbeddedAndTheModelIsNotLoaded() throws IOException {
    MiniLmEmbedder embedder = new MiniLmEmbedder();
    try (LuceneIndex index = LuceneIndex.openForWriting(tmp, Fixtures.schema())) {
      write(index);
      Ranking wordsAlone = index.schema().ranking().with(new Ranking.Semantic(0, 300));
      SearchResult result =
          new LuceneSearcher(index, Fixtures.taxonomy(), wordsAlone, embedder)
              .search(SearchRequest.of(Q));
      assertThat(result.total()).isEqualTo(3);
      assertThat(index.pendingEmbeddingCount())
          .as("the papers wait for the background embedder")
          .isEqualTo(3);
    }
    assertThat(embedder.loaded()).as("the ONNX model was loaded").isFalse();
  }

  private static void write(LuceneIndex index) throws IOException {
    for (Paper p : PAPERS) {
      index.upsert(p, null);
    }
    index.commit();
  }

  private static Paper paper(String id, String title) {
    return Paper.builder().id(id).title(title).build(id);
  }
}
