package org.anodex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.anodex.Fixtures;
import org.anodex.index.FacetedSearcher;
import org.anodex.index.LuceneIndex;
import org.anodex.index.Schema;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

/**
 * The query that counts a search's matches leaves out the clauses the contents already cover: it
 * must match exactly the papers the ranked query matches, or every total and facet count is wrong.
 */
class CountQueryTest {
  /** Words of every kind the parser turns into clauses: phrases, synonyms, fuzzy, fielded, NOT. */
  private static final List<String> KINDS =
      List.of(
          "silicon",
          "silicon anode",
          "SiOx anode binder",
          "\"solid electrolyte interphase\"",
          "\"silicon anode\"~3 FEC",
          "fluoroethylene carbonate",
          "LiPF6 decomposition",
          "silcon~1 anode",
          "electrolyt* additive",
          "title:silicon abstract:binder",
          "silicon -graphite",
          "silicon AND (binder OR electrolyte)",
          "Si/C composite",
          "initial Coulombic efficiency");

  @Test
  void countsTheSameMatchesAsTheRankedQueryOnTheSampleData() throws IOException {
    assertSameCounts(Fixtures.sample().index(), KINDS);
  }

  @Test
  void countsTheSameMatchesOnTheBatteryAbstractsForEveryEvaluationQuery() throws IOException {
    LuceneIndex abstracts = Fixtures.abstracts().index();
    List<String> queries = new ArrayList<>(KINDS);
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Fixtures.resource("eval/battery-queries.jsonl"))) {
      if (!line.isBlank()) {
        queries.add(json.readTree(line).get("text").asText());
      }
    }
    assertSameCounts(abstracts, queries);
  }

  @Test
  void aPlainWordIsCountedOnTheContentsAloneNotOnItsParts() {
    Schema schema = Fixtures.schema();
    Query ranked = translator(schema).parse("silicon anode");
    Query counted = CountQuery.of(ranked);
    assertTrue(fields(ranked).contains(Schema.TITLE), ranked::toString);
    assertTrue(!fields(counted).contains(Schema.TITLE), counted::toString);
    assertTrue(!fields(counted).contains(Schema.ABSTRACT), counted::toString);
    assertTrue(fields(counted).contains(Schema.CONTENTS), counted::toString);
  }

  private static void assertSameCounts(LuceneIndex index, List<String> queries) throws IOException {
    QueryTranslator translator = translator(index.schema());
    FacetedSearcher searcher = index.acquire();
    try {
      int matched = 0;
      for (String q : queries) {
        Query ranked = searcher.rewrite(translator.parse(q));
        int expected = searcher.count(ranked);
        matched += expected > 0 ? 1 : 0;
        assertEquals(expected, searcher.count(CountQuery.of(ranked)), q);
      }
      assertTrue(matched > queries.size() / 2, "most queries match something: " + matched);
    } finally {
      index.release(searcher);
    }
  }

  private static QueryTranslator translator(Schema schema) {
    return new QueryTranslator(
        schema.queryAnalyzer(), schema.ranking().fields(), schema.ranking().match());
  }

  private static java.util.Set<String> fields(Query q) {
    java.util.Set<String> out = new java.util.HashSet<>();
    q.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            out.add(field);
            return true;
          }
        });
    return out;
  }
}
