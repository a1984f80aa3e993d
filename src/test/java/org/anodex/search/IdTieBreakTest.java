package org.anodex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.anodex.ManySegments;
import org.anodex.index.Schema;
import org.anodex.index.SpareCores;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages and cursors depend on ties being broken by id in one order everywhere: the id order that
 * reads strings lazily must put hits exactly where Lucene's string order puts them, on an index of
 * many segments where scores and dates tie often, page after page.
 */
class IdTieBreakTest {
  @TempDir static Path dir;
  private static DirectoryReader reader;
  private static ExecutorService pool;

  @BeforeAll
  static void index() throws IOException {
    reader = ManySegments.write(dir);
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    pool.shutdown();
  }

  @Test
  void ordersAndPagesAsLucenesStringOrder() throws IOException {
    assertThat(reader.leaves()).hasSizeGreaterThan(10);
    for (IndexSearcher searcher :
        List.of(new IndexSearcher(reader), new IndexSearcher(reader, pool))) {
      for (Query query :
          List.of(
              new TermQuery(new Term(Schema.CONTENTS, "carbon")),
              new TermQuery(new Term(Schema.CONTENTS, "silicon")),
              new MatchAllDocsQuery())) {
        for (boolean byScore : List.of(true, false)) {
          SortField first =
              byScore
                  ? SortField.FIELD_SCORE
                  : new SortField(Schema.DATE_SORT, SortField.Type.LONG, true);
          Sort lucene = new Sort(first, new SortField(Schema.ID, SortField.Type.STRING));
          Sort lazy = new Sort(first, IdTieBreak.on(Schema.ID));
          for (int size : List.of(1, 10, 300)) {
            assertThat(walk(searcher, query, lazy, size))
                .as("%s, by %s, pages of %d", query, first, size)
                .isEqualTo(walk(searcher, query, lucene, size))
                .hasSize(searcher.count(query));
          }
        }
      }
    }
  }

  @Test
  void theMeaningsWindowHoldsWhatLuceneSCollectorHolds() throws IOException {
    // a window per slice of the segments, merged
    assertThat(SpareCores.slices(reader.leaves())).hasSizeGreaterThan(2);
    for (IndexSearcher searcher :
        List.of(new IndexSearcher(reader), new IndexSearcher(reader, pool))) {
      for (Query query :
          List.of(
              new TermQuery(new Term(Schema.CONTENTS, "carbon")),
              new TermQuery(new Term(Schema.CONTENTS, "silicon")),
              new MatchAllDocsQuery(), // every paper scored the same: too many ties set aside
              new TermQuery(new Term(Schema.CONTENTS, "nothing")))) {
        for (int n : List.of(1, 10, 300, 1000)) {
          TopDocs lucene =
              searcher.search(
                  query,
                  new TopFieldCollectorManager(
                      new Sort(
                          SortField.FIELD_SCORE, new SortField(Schema.ID, SortField.Type.STRING)),
                      n,
                      null,
                      n,
                      true));
          Ids ids = new Ids(searcher, Schema.ID);
          TopDocs window = ScoreWindow.search(searcher, query, n, ids);
          ids.read(window.scoreDocs, 0, window.scoreDocs.length); // those that did not tie
          assertThat(hits(window)).as("%s, window of %d", query, n).isEqualTo(hits(lucene));
          assertThat(holdsEveryMatch(window))
              .as("whether the window holds every match")
              .isEqualTo(holdsEveryMatch(lucene))
              .isEqualTo(searcher.count(query) <= n);
          if (window.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
            assertThat(window.totalHits.value).isEqualTo(searcher.count(query));
          }
        }
      }
    }
  }

  private static boolean holdsEveryMatch(TopDocs top) {
    return top.totalHits.relation == TotalHits.Relation.EQUAL_TO
        && top.totalHits.value == top.scoreDocs.length;
  }

  private static List<String> hits(TopDocs top) {
    List<String> out = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      FieldDoc f = (FieldDoc) hit;
      out.add(hit.doc + " " + f.fields[0] + " " + ((BytesRef) f.fields[1]).utf8ToString());
    }
    return out;
  }

  /**
   * Every hit of a query, page after page, each page starting after the last hit of the one before.
   */
  private static List<String> walk(IndexSearcher searcher, Query query, Sort sort, int size)
      throws IOException {
    List<String> out = new ArrayList<>();
    FieldDoc after = null;
    while (true) {
      TopDocs page =
          searcher.search(
              query, new TopFieldCollectorManager(sort, size, after, Integer.MAX_VALUE, true));
      for (ScoreDoc hit : page.scoreDocs) {
        FieldDoc f = (FieldDoc) hit;
        out.add(f.fields[0] + " " + ((BytesRef) f.fields[1]).utf8ToString());
      }
      if (page.scoreDocs.length < size || out.size() > reader.maxDoc()) {
        return out; // (the second: a page that does not move on would repeat forever)
      }
      FieldDoc last = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
      // As a cursor carries it: the values alone, no document number.
      after = new FieldDoc(Integer.MAX_VALUE, Float.NaN, last.fields);
    }
  }
}
