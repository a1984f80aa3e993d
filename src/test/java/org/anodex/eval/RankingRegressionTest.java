package org.anodex.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.anodex.Fixtures;
import org.anodex.index.LuceneIndex;
import org.anodex.search.LuceneSearcher;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The ranking figures of {@code eval/ranking-expected.yaml}, measured through the API's search path
 * on the real collections of ../shared (skipped where it is absent). The indexes are the shared
 * fixtures, so the suite ingests each collection once.
 */
class RankingRegressionTest {
  private static final Path EXPECTED = Fixtures.resource("eval/ranking-expected.yaml");

  @TestFactory
  Stream<DynamicTest> figuresStayWhereTheyWere() throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(EXPECTED.toFile());
    double tolerance = root.get("tolerance").asDouble();
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode e : root.get("evaluations")) {
      tests.add(DynamicTest.dynamicTest(e.get("name").asText(), () -> check(e, tolerance)));
    }
    return tests.stream();
  }

  private static void check(JsonNode e, double tolerance) throws IOException {
    LuceneIndex index =
        Fixtures.collection(e.get("corpus").asText().substring("corpora/".length())).index();
    // Every paper was rewritten with its embedding: no old copy may be left to sway the term
    // statistics, or the figures would move with how the writes and merges fell.
    var searcher = index.acquire();
    try {
      assertThat(searcher.getIndexReader().numDeletedDocs())
          .as("deleted copies left in the index")
          .isZero();
    } finally {
      index.release(searcher);
    }
    Qrels qrels = Qrels.read(path(e.get("qrels").asText()));
    Run run =
        RankingEvaluation.run(
            new LuceneSearcher(index, Fixtures.taxonomy(), Fixtures.embedder()),
            EvalQueries.read(path(e.get("queries").asText())),
            qrels.scoredQueries());
    RankingEvaluation.Report r = RankingEvaluation.score(run, qrels);
    String name = e.get("name").asText();
    assertThat(r.queries()).as(name + " queries scored").isEqualTo(e.get("queries_scored").asInt());
    JsonNode x = e.get("expected");
    assertThat(r.ndcg10())
        .as(name + " nDCG@10")
        .isCloseTo(x.get("ndcg10").asDouble(), within(tolerance));
    assertThat(r.recall100())
        .as(name + " R@100")
        .isCloseTo(x.get("recall100").asDouble(), within(tolerance));
    assertThat(r.mrr10())
        .as(name + " MRR@10")
        .isCloseTo(x.get("mrr10").asDouble(), within(tolerance));
    JsonNode min = e.get("minimum");
    if (min != null) {
      assertThat(r.ndcg10())
          .as(name + " nDCG@10 minimum")
          .isGreaterThanOrEqualTo(min.get("ndcg10").asDouble());
      assertThat(r.recall100())
          .as(name + " R@100 minimum")
          .isGreaterThanOrEqualTo(min.get("recall100").asDouble());
    }
  }

  /**
   * "corpora/..." is in ../shared (the test skips without it); anything else is a test resource.
   */
  private static Path path(String p) {
    return p.startsWith("corpora/")
        ? Fixtures.corpora().resolve(p.substring("corpora/".length()))
        : Fixtures.resource(p);
  }
}
