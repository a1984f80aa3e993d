package org.anodex.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.anodex.Fixtures;
import org.anodex.ManySegments;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search of many segments may search its slices apart, some on a spare core: it must find what
 * one pass over the segments in order finds, page and total, and on a busy server it must not take
 * a core from another search.
 */
class SpareCoresTest {
  @TempDir static Path dir;
  private static DirectoryReader reader;
  private static FacetedSearcher searcher;

  @BeforeAll
  static void manySegments() throws IOException {
    reader = ManySegments.write(dir);
    searcher = new FacetedSearcher(reader, Fixtures.schema());
    assertThat(SpareCores.slices(reader.leaves())).hasSizeGreaterThan(2);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  @Test
  void aSearchBySlicesFindsWhatOnePassInOrderFinds() throws IOException {
    Query either =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.CONTENTS, "silicon")), BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term(Schema.CONTENTS, "carbon")), BooleanClause.Occur.SHOULD)
            .build();
    for (Query query :
        List.of(
            new TermQuery(new Term(Schema.CONTENTS, "silicon")),
            either,
            new MatchAllDocsQuery(),
            new TermQuery(new Term(Schema.CONTENTS, "nothingatall")))) {
      for (boolean byScore : List.of(true, false)) {
        SortField first =
            byScore
                ? SortField.FIELD_SCORE
                : new SortField(Schema.DATE_SORT, SortField.Type.LONG, true);
        Sort sort = new Sort(first, new SortField(Schema.ID, SortField.Type.STRING));
        for (int n : List.of(1, 5, 100)) {
          // by date every match is read and counted; by score the best n are exact
          int exactUpTo = byScore ? n : Integer.MAX_VALUE;
          TopDocs inOrder =
              searcher.search(query, new TopFieldCollectorManager(sort, n, null, exactUpTo, false));
          TopDocs bySlices =
              searcher.searchSliced(
                  query, new TopFieldCollectorManager(sort, n, null, exactUpTo, true));
          assertThat(hits(bySlices)).as("%s by %s, %d", query, first, n).isEqualTo(hits(inOrder));
          if (!byScore) {
            assertThat(bySlices.totalHits).isEqualTo(inOrder.totalHits);
            assertThat(bySlices.totalHits.value).isEqualTo(searcher.count(query));
          }
        }
      }
    }
  }

  @Test
  void onABusyServerEverySliceIsSearchedOnTheSearchsOwnThread() throws IOException {
    List<SpareCores.Searching> others = new ArrayList<>();
    try {
      for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
        others.add(SpareCores.searching());
      }
      Set<Thread> threads = ConcurrentHashMap.newKeySet();
      List<Integer> leaves =
          SpareCores.eachSlice(
              searcher,
              slice -> {
                threads.add(Thread.currentThread());
                // time enough for a helper to take the next slice, were it let
                LockSupport.parkNanos(20_000_000);
                return slice.size();
              });
      assertThat(leaves).hasSizeGreaterThan(2);
      assertThat(leaves.stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(searcher.getIndexReader().leaves().size());
      assertThat(threads).containsExactly(Thread.currentThread());
    } finally {
      others.forEach(SpareCores.Searching::close);
    }
  }

  private static List<String> hits(TopDocs top) {
    List<String> out = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      out.add(hit.doc + " " + Arrays.asList(((FieldDoc) hit).fields));
    }
    return out;
  }
}
