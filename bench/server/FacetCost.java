import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anodex.enrich.Taxonomy;
import org.anodex.index.Schema;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * What counting facet dimensions costs, each from its own field against all from the field of all
 * (search/Counting chooses between them): the matches of eight common words, counted for the first k
 * dimensions of year, journal, material, chemistry, author, format, electrolyte, failure, milliseconds a
 * query, six rounds (read the last). On an index of layout 5 or later:
 * {@code java -cp target/anodex.jar bench/server/FacetCost.java INDEX}
 */
public class FacetCost {
  public static void main(String[] args) throws Exception {
    String[] dims = {"year", "journal", "material", "chemistry", "author", "format", "electrolyte", "failure"};
    Schema schema = new Schema(Taxonomy.defaults().dimensionKeys());
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<SortedSetDocValuesReaderState> apart = new ArrayList<>();
      for (String dim : dims) {
        apart.add(new DefaultSortedSetDocValuesReaderState(reader, Schema.facetField(dim), schema.facetsConfig()));
      }
      SortedSetDocValuesReaderState all =
          new DefaultSortedSetDocValuesReaderState(reader, Schema.ALL_FACETS, schema.facetsConfig());
      List<FacetsCollector> hits = new ArrayList<>();
      long matches = 0;
      for (String word : new String[] {"lithium", "sodium", "anode", "battery", "silicon", "electrolyte", "capacity", "carbon"}) {
        FacetsCollector h = searcher.search(new TermQuery(new Term(Schema.CONTENTS, word)), new FacetsCollectorManager());
        hits.add(h);
        for (FacetsCollector.MatchingDocs m : h.getMatchingDocs()) {
          matches += m.totalHits;
        }
      }
      System.out.printf("%d matches a query on average%n", matches / hits.size());
      for (int round = 0; round < 6; round++) {
        StringBuilder line = new StringBuilder("all: " + ms(() -> count(List.of(all), hits)));
        for (int k = 1; k <= dims.length; k++) {
          List<SortedSetDocValuesReaderState> first = apart.subList(0, k);
          line.append(" | ").append(k).append(" apart: ").append(ms(() -> count(first, hits)));
        }
        System.out.println(line);
      }
    }
  }

  interface Work {
    void run() throws Exception;
  }

  private static void count(List<SortedSetDocValuesReaderState> states, List<FacetsCollector> hits) throws Exception {
    for (FacetsCollector h : hits) {
      for (SortedSetDocValuesReaderState state : states) {
        new SortedSetDocValuesFacetCounts(state, h);
      }
    }
  }

  private static String ms(Work work) throws Exception {
    long t = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      work.run();
    }
    return String.format("%.2f", (System.nanoTime() - t) / 1e6 / (5 * 8));
  }
}
