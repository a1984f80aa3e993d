package org.anodex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.anodex.enrich.Taxonomy;
import org.anodex.index.FacetedSearcher;
import org.anodex.index.LuceneIndex;
import org.anodex.index.Ranking;
import org.anodex.index.Schema;
import org.anodex.paper.Paper;
import org.anodex.semantic.Embedder;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.Bits;

/**
 * Searches the embedded index: the query over weighted fields, filters as drill-down, facet counts
 * drill-sideways (a dimension with a selected value is counted as if it were not filtered), exact
 * totals, pages and cursors, highlighted snippets, "did you mean".
 *
 * <p>A cursor walk reads the snapshot its first page read ({@link SearcherLifetimeManager}), so
 * each hit comes exactly once however the index changes meanwhile; a snapshot is kept {@link
 * #CURSOR_MINUTES} minutes after its last use, after which its cursor is refused rather than risk a
 * repeat.
 */
public final class LuceneSearcher implements Searcher, AutoCloseable {
  static final int CURSOR_MINUTES = 10;

  /**
   * Answers kept for searches asked again (a page of 100 hits with their properties is about 0.5
   * MB): {@code -Danodex.result-cache=N} or {@code ANODEX_RESULT_CACHE}, 0 for none (to measure the
   * engine alone).
   */
  private static final int RESULTS_CACHED =
      Integer.parseInt(
          System.getProperty(
              "anodex.result-cache", System.getenv().getOrDefault("ANODEX_RESULT_CACHE", "256")));

  private static final int EXPORT_PAGE = 500;

  private static final ScoreDoc[] NONE = new ScoreDoc[0];

  /**
   * Stored papers of recent hits kept parsed (a few kB each): the pages of many searches' best
   * matches.
   */
  private static final int HIT_PAPERS = 4096;

  /**
   * What a hit reads of a stored paper: its record without the body (the body can be megabytes).
   */
  private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(Schema.PAPER);

  private static final java.util.Set<String> TITLE_FIELD = java.util.Set.of(Schema.TITLE);

  private final LuceneIndex index;
  private final Schema schema;
  private final Taxonomy taxonomy;
  private final QueryTranslator queries;
  private final Snippets snippets;
  private final SpellingSuggester spelling;
  private final SimilarPapers similar;
  private final Ranges ranges;
  private final SemanticRanking semantic;
  private final SearchPlanner planner;
  private final SearcherLifetimeManager snapshots = new SearcherLifetimeManager();
  private final ResultCache answers = new ResultCache(RESULTS_CACHED);
  private final HitPapers hitPapers;
  private volatile CompletionsCache completions;

  private record CompletionsCache(long version, Completions completions) {}

  public LuceneSearcher(LuceneIndex index, Taxonomy taxonomy, Embedder embedder) {
    this(index, taxonomy, index.schema().ranking(), embedder);
  }

  /**
   * A searcher whose meaning re-ranks, and whose words match, with other settings than the index's
   * ranking (to measure them); its field weights and term weighting are the index's.
   */
  public LuceneSearcher(LuceneIndex index, Taxonomy taxonomy, Ranking settings, Embedder embedder) {
    this.index = index;
    this.schema = index.schema();
    this.taxonomy = taxonomy;
    this.queries =
        new QueryTranslator(schema.queryAnalyzer(), schema.ranking().fields(), settings.match());
    this.snippets = new Snippets(schema.analyzer());
    this.spelling = new SpellingSuggester(schema.queryAnalyzer());
    this.similar = new SimilarPapers(schema.analyzer());
    this.ranges = new Ranges(schema);
    this.semantic = new SemanticRanking(settings.semantic(), embedder);
    this.planner = new SearchPlanner(schema, taxonomy, queries);
    this.hitPapers = new HitPapers(index.documents(), HIT_PAPERS);
  }

  @Override
  public SearchPlan plan(SearchRequest request) throws IOException {
    FacetedSearcher searcher = index.acquire();
    try {
      return planner.plan(request, new HeldFacetValues(searcher));
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public SearchResult search(SearchPlan plan) throws IOException {
    try (Alongside.Running running = Alongside.running()) {
      return answer(plan);
    }
  }

  private SearchResult answer(SearchPlan plan) throws IOException {
    long t0 = System.nanoTime();
    Cursor cursor = plan.cursor() == null ? null : Cursor.decode(plan.cursor());
    if (cursor != null) {
      plan.requireCursorOf(cursor.search());
    }
    snapshots.prune(
        new SearcherLifetimeManager.PruneByAge(TimeUnit.MINUTES.toSeconds(CURSOR_MINUTES)));
    FacetedSearcher searcher =
        cursor == null ? index.acquire() : (FacetedSearcher) snapshots.acquire(cursor.snapshot());
    if (searcher == null) {
      throw new InvalidRequestException(
          "Cursor expired",
          "this walk's snapshot of the index was released after "
              + CURSOR_MINUTES
              + " minutes without use; start the walk again without cursor");
    }
    try {
      ResultCache.Key key = cursor == null ? new ResultCache.Key(version(searcher), plan) : null;
      SearchResult known = key == null ? null : answers.get(key);
      if (known != null) {
        return known.tookMs((System.nanoTime() - t0) / 1_000_000);
      }
      Sort sort = sort(plan.sort());
      int topN = Math.max(1, cursor != null ? plan.size() : plan.page() * plan.size());
      FieldDoc after = cursor == null ? null : cursor.fieldDoc(plan.sort().byRelevance());
      TopDocs top;
      Tally tally;
      Query words;
      DrillDownQuery query = null;
      DrillDownQuery counted;
      Alongside.Task<Tally> counting = null;
      try {
        // Expanded once (fuzzy and wildcard words to the index words they stand for): the counting
        // pass, the ranking pass and the snippets would each expand them again.
        words = TermsLookedUp.of(searcher.rewrite(plan.query()), searcher);
        // The same matches, counted without the ranking's redundant clauses, never scored.
        Query countedWords = withRanges(CountQuery.of(words), plan.ranges());
        counted = drillDown(countedWords, plan);
        // Two passes, as a search engine answers: every match is counted (and its facets) without
        // scoring, beside the ranking of the page, which skips what cannot reach it (block-max
        // WAND): scoring every match would make a query's cost grow with its matches. By date,
        // nothing can be skipped: the ranking pass counts (a second would read every match again).
        boolean byRelevance = plan.sort().byRelevance();
        if (byRelevance || withFacets(searcher, plan)) {
          counting = Alongside.start(() -> tally(searcher, countedWords, plan));
        }
        // No page, nothing to rank: a count (size=0) skips the meaning's window and embedding,
        // and the ranking pass too where the counting pass runs.
        boolean paged = plan.size() > 0;
        SemanticRanking.Ranked ranked =
            paged ? semantic.rank(words, drillDown(words, plan), plan, searcher) : null;
        // A page within the meaning's window is read from it: the query would score the same.
        top = ranked == null ? null : ranked.page(topN, after);
        if (!paged && counting != null) {
          top = new TopDocs(new TotalHits(0, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), NONE);
        }
        if (top == null) {
          query = paged ? drillDown(ranked == null ? words : ranked.query(), plan) : counted;
          int exactUpTo = byRelevance ? topN : Integer.MAX_VALUE;
          top =
              searcher.searchSliced(
                  query,
                  new TopFieldCollectorManager(sort, topN, after, exactUpTo, searcher.sliced()));
        }
        tally = counting == null ? Tally.of(top.totalHits.value, Map.of(), plan) : counting.join();
        scores(top.scoreDocs, plan.sort(), searcher, query);
      } catch (IndexSearcher.TooManyClauses e) {
        throw QueryLimits.tooManyClauses();
      } finally {
        if (counting != null) {
          counting.settle();
        }
      }
      long total = tally.total();
      int from = plan.offset();
      List<SearchResult.Hit> hits =
          hits(searcher, top.scoreDocs, from, plan.size(), plan.highlight() ? words : null);
      String next = null;
      int last = Math.min(top.scoreDocs.length, from + plan.size()) - 1;
      if (plan.size() > 0
          && last >= from
          && top.scoreDocs.length == topN
          && moreAfter(total, cursor, plan)) {
        long snapshot = cursor != null ? cursor.snapshot() : snapshots.record(searcher);
        next = Cursor.after(snapshot, plan.searchKey(), (FieldDoc) top.scoreDocs[last]).encode();
      }
      String suggestion = plan.wantsSpelling(total) ? betterSpelling(plan, searcher, total) : null;
      SearchResult result =
          new SearchResult(
              total,
              (System.nanoTime() - t0) / 1_000_000,
              next,
              hits,
              tally.facets(),
              ranges.bounds(searcher),
              suggestion);
      result =
          result.withHistograms(
              Histograms.count(searcher, counted, plan.histograms(), result.ranges()));
      if (key != null) {
        answers.put(key, result);
      }
      return result;
    } finally {
      index.release(searcher);
    }
  }

  /** Every match of a search counted, and its facets as the answer shows them. */
  private record Tally(long total, Map<String, List<SearchResult.FacetCount>> facets) {
    static Tally of(long total, Map<String, Facets> facets, SearchPlan plan) throws IOException {
      return new Tally(
          total, FacetCounts.of(facets, plan.facets(), plan.filters(), plan.facetSize()));
    }
  }

  /**
   * The count and facets of {@code matches}, labelled there too: on the core lent to the count, the
   * labels are read while the page is ranked.
   */
  private Tally tally(FacetedSearcher searcher, Query words, SearchPlan plan) throws IOException {
    Counting.Counted c =
        Counting.count(searcher, schema.facetsConfig(), words, plan.filters(), plan.facets());
    return Tally.of(c.total(), c.facets(), plan);
  }

  private static boolean withFacets(FacetedSearcher searcher, SearchPlan plan) {
    return searcher.hasFacets() && !plan.facets().isEmpty();
  }

  /**
   * Each hit's score: by relevance the ranking pass kept it as the first sort value; in another
   * order it is computed for the page's hits alone.
   */
  private static void scores(ScoreDoc[] page, SortOrder sort, IndexSearcher searcher, Query query)
      throws IOException {
    if (!sort.byRelevance()) {
      if (page.length > 0) {
        TopFieldCollector.populateScores(page, searcher, query);
      }
      return;
    }
    for (ScoreDoc hit : page) {
      hit.score = (Float) ((FieldDoc) hit).fields[0];
    }
  }

  /** Whether hits remain after this page (the total counts all hits, the page knows its offset). */
  private static boolean moreAfter(long total, Cursor cursor, SearchPlan plan) {
    return cursor != null || total > (long) plan.page() * plan.size();
  }

  private String betterSpelling(SearchPlan plan, IndexSearcher searcher, long total)
      throws IOException {
    String fixed = spelling.suggest(plan.q(), searcher.getIndexReader());
    if (fixed == null) {
      return null;
    }
    return searcher.count(drillDown(queries.parse(fixed), plan)) > total ? fixed : null;
  }

  @Override
  public Optional<Paper> paper(String id) throws IOException {
    return Optional.ofNullable(index.get(id));
  }

  @Override
  public Optional<List<SearchResult.Hit>> similar(String id, int size) throws IOException {
    FacetedSearcher searcher = index.acquire();
    try {
      TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (found.scoreDocs.length == 0) {
        return Optional.empty();
      }
      TopDocs top = searcher.search(similar.like(searcher, found.scoreDocs[0].doc, id), size);
      return Optional.of(hits(searcher, top.scoreDocs, 0, size, null));
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public List<Completion> suggest(String prefix, int size) throws IOException {
    FacetedSearcher searcher = index.acquire();
    try {
      long version = version(searcher);
      CompletionsCache c = completions;
      if (c == null || c.version() != version) {
        List<String> titles = liveTitles(searcher.getIndexReader());
        c = new CompletionsCache(version, Completions.build(taxonomy, titles));
        completions = c;
      }
      return c.completions().lookup(prefix, size);
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public long forEachMatch(SearchPlan plan, PaperConsumer consumer) throws IOException {
    Sort sort = sort(plan.sort());
    FacetedSearcher searcher = index.acquire();
    long n = 0;
    try {
      DrillDownQuery query = query(searcher.rewrite(plan.query()), plan, searcher);
      FieldDoc after = null;
      while (true) {
        TopDocs page =
            searcher.search(
                query, new TopFieldCollectorManager(sort, EXPORT_PAGE, after, EXPORT_PAGE, false));
        for (ScoreDoc sd : page.scoreDocs) {
          consumer.accept(
              index
                  .documents()
                  .toPaperWithoutBody(searcher.storedFields().document(sd.doc, HIT_FIELDS)));
          n++;
        }
        if (page.scoreDocs.length < EXPORT_PAGE) {
          return n;
        }
        after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryLimits.tooManyClauses();
    } finally {
      index.release(searcher);
    }
  }

  private static Query withRanges(Query text, List<RangeFilter> ranges) {
    if (ranges.isEmpty()) {
      return text;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    for (RangeFilter r : ranges) {
      b.add(Ranges.query(r), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** The parsed query ranked as the plan asks, within its ranges, drilled down by its filters. */
  private DrillDownQuery query(Query text, SearchPlan plan, IndexSearcher searcher)
      throws IOException {
    DrillDownQuery words = drillDown(text, plan);
    SemanticRanking.Ranked ranked = semantic.rank(text, words, plan, searcher);
    return ranked == null ? words : drillDown(ranked.query(), plan);
  }

  private DrillDownQuery drillDown(Query text, SearchPlan plan) {
    DrillDownQuery query =
        new DrillDownQuery(schema.facetsConfig(), withRanges(text, plan.ranges()));
    plan.filters().forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));
    return query;
  }

  private static Sort sort(SortOrder order) {
    SortField id = IdTieBreak.on(Schema.ID);
    return order.byRelevance()
        ? new Sort(SortField.FIELD_SCORE, id)
        : new Sort(new SortField(order.field(), SortField.Type.LONG, order.descending()), id);
  }

  private List<SearchResult.Hit> hits(
      FacetedSearcher searcher, ScoreDoc[] docs, int from, int size, Query highlight)
      throws IOException {
    List<SearchResult.Hit> out = new ArrayList<>();
    int to = Math.min(docs.length, from + size);
    if (from >= to) {
      return out;
    }
    int[] ids = new int[to - from];
    for (int i = from; i < to; i++) {
      ids[i - from] = docs[i].doc;
    }
    Paper[] papers = hitPapers.read(searcher.getIndexReader(), ids);
    String[] snippetTexts =
        highlight != null
            ? snippets.forDocs(searcher, highlight, ids, papers)
            : new String[ids.length];
    for (int i = from; i < to; i++) {
      Paper p = papers[i - from];
      String snippet = snippetTexts[i - from];
      if (snippet == null && highlight != null) {
        snippet = Snippets.lead(p.abstractText());
      }
      float score = Float.isNaN(docs[i].score) ? 0f : docs[i].score;
      out.add(SearchResult.Hit.of(p, score, snippet));
    }
    return out;
  }

  /**
   * The titles of the papers a reader holds, the first {@link Completions#MAX_TITLES}: never a
   * deleted or replaced paper's.
   */
  static List<String> liveTitles(org.apache.lucene.index.IndexReader reader) throws IOException {
    List<String> titles = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int d = 0; d < leaf.reader().maxDoc() && titles.size() < Completions.MAX_TITLES; d++) {
        if (live == null || live.get(d)) {
          titles.add(stored.document(d, TITLE_FIELD).get(Schema.TITLE));
        }
      }
    }
    return titles;
  }

  private static long version(IndexSearcher searcher) {
    return ((org.apache.lucene.index.DirectoryReader) searcher.getIndexReader()).getVersion();
  }

  @Override
  public void close() throws IOException {
    snapshots.close();
  }
}
