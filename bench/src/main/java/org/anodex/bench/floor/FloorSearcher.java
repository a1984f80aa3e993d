package org.anodex.bench.floor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anodex.bench.load.Target;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor's searches, in-process: top 10 by BM25 (exact total, as Anodex and Solr count), the
 * stored id and title of each hit, facet counts from SortedSetDocValues (drill sideways where a
 * dimension is filtered, as Anodex's multi-select counts are), sorting by date, abstract passages
 * by the unified highlighter.
 */
public final class FloorSearcher implements AutoCloseable {
  private static final Sort BY_DATE =
      new Sort(new SortField(FloorIndex.DATE, SortField.Type.LONG, true));
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final FacetsConfig config = FloorIndex.facetsConfig();
  private final Analyzer analyzer = FloorIndex.analyzer();
  private final UnifiedHighlighter highlighter;

  public FloorSearcher(Path dir) throws IOException {
    reader = DirectoryReader.open(FSDirectory.open(dir));
    searcher = new IndexSearcher(reader);
    state = new DefaultSortedSetDocValuesReaderState(reader, config);
    highlighter = UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(10_000).build();
  }

  /** The floor as a load target: the requests of one task, rendered per query. */
  public Target target(List<List<Map.Entry<String, String>>> requests) {
    List<FloorRequest> parsed = requests.stream().map(FloorRequest::of).toList();
    return () -> i -> search(parsed.get(i % parsed.size()));
  }

  public long search(FloorRequest r) throws Exception {
    QueryParser parser =
        new MultiFieldQueryParser(new String[] {FloorIndex.TITLE, FloorIndex.ABSTRACT}, analyzer);
    Query query =
        r.q().isBlank() ? new MatchAllDocsQuery() : parser.parse(QueryParser.escape(r.q()));
    TopDocs top;
    List<String> counted = new ArrayList<>();
    if (!r.filters().isEmpty()) {
      DrillDownQuery drill = new DrillDownQuery(config, query);
      for (String[] f : r.filters()) {
        drill.add(f[0], f[1]);
      }
      DrillSideways.DrillSidewaysResult result =
          new DrillSideways(searcher, config, state).search(drill, 10);
      top = result.hits;
      for (String dim : r.facets()) {
        counted.add(String.valueOf(result.facets.getTopChildren(r.facetSize(), dim)));
      }
    } else if (r.facets().isEmpty()) {
      top =
          r.byDate()
              ? searcher.search(
                  query, new TopFieldCollectorManager(BY_DATE, 10, null, Integer.MAX_VALUE, false))
              : searcher.search(
                  query, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE, false));
    } else {
      FacetsCollectorManager.FacetsResult result;
      if (r.byDate()) {
        result =
            FacetsCollectorManager.search(
                searcher, query, 10, BY_DATE, new FacetsCollectorManager());
      } else {
        result = FacetsCollectorManager.search(searcher, query, 10, new FacetsCollectorManager());
      }
      top = result.topDocs();
      Facets facets = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
      for (String dim : r.facets()) {
        counted.add(String.valueOf(facets.getTopChildren(r.facetSize(), dim)));
      }
    }
    for (ScoreDoc d : top.scoreDocs) {
      searcher.storedFields().document(d.doc, java.util.Set.of(FloorIndex.ID, FloorIndex.TITLE));
    }
    if (r.highlight() && top.scoreDocs.length > 0) {
      highlighter.highlight(FloorIndex.ABSTRACT, query, top, 2);
    }
    return top.totalHits.value + counted.size();
  }

  /** The exact number of hits of a request's words. */
  public long total(List<Map.Entry<String, String>> params) throws Exception {
    QueryParser parser =
        new MultiFieldQueryParser(new String[] {FloorIndex.TITLE, FloorIndex.ABSTRACT}, analyzer);
    return searcher.count(parser.parse(QueryParser.escape(FloorRequest.of(params).q())));
  }

  public int numDocs() {
    return reader.numDocs();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
