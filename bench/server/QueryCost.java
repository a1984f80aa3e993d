import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.anodex.enrich.Taxonomy;
import org.anodex.enrich.properties.PropertyConfig;
import org.anodex.index.LuceneIndex;
import org.anodex.index.Schema;
import org.anodex.search.InvalidRequestException;
import org.anodex.search.LuceneSearcher;
import org.anodex.search.SearchRequest;
import org.anodex.search.SearchResult;

/**
 * What one search costs in the searching thread's CPU time (load on a shared machine barely moves it) and
 * in wall time, best of five, with and without snippets, ranked by words. A query starting "F|" is filtered
 * to the full texts (format:elsevier-xml). Run with the result cache off, on a copy of an index:
 * {@code java -Danodex.result-cache=0 [-Dsize=100] -cp target/anodex.jar bench/server/QueryCost.java INDEX QUERY...}
 */
public class QueryCost {
  public static void main(String[] args) throws Exception {
    Taxonomy taxonomy = Taxonomy.defaults();
    Schema schema = new Schema(taxonomy.dimensionKeys(), PropertyConfig.defaults().canonicalUnits());
    LuceneSearcher searcher = new LuceneSearcher(LuceneIndex.openReadOnly(Path.of(args[0]), schema), taxonomy,
        new org.anodex.semantic.MiniLmEmbedder());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int i = 1; i < args.length; i++) {
      String q = args[i];
      List<String> filters = q.startsWith("F|") ? List.of("format:elsevier-xml") : null;
      q = q.startsWith("F|") ? q.substring(2) : q;
      for (boolean snippets : new boolean[] {true, false}) {
        long cpu = Long.MAX_VALUE;
        long wall = Long.MAX_VALUE;
        String outcome = "";
        for (int run = 0; run < 5; run++) {
          long c0 = mx.getCurrentThreadCpuTime();
          long w0 = System.nanoTime();
          try {
            SearchResult r = searcher.search(new SearchRequest(q, filters, null, null, 10, null,
                Integer.getInteger("size", 10), 1, null, snippets, SearchRequest.WORDS));
            outcome = "total " + r.total();
          } catch (InvalidRequestException e) {
            outcome = "400 " + e.getMessage();
          }
          cpu = Math.min(cpu, (mx.getCurrentThreadCpuTime() - c0) / 1_000_000);
          wall = Math.min(wall, (System.nanoTime() - w0) / 1_000_000);
        }
        System.out.printf("cpu %d ms, wall %d ms, snippets %s, %s: %s%n", cpu, wall, snippets, outcome,
            q.length() > 60 ? q.substring(0, 60) + "…" : q);
      }
    }
    System.exit(0);
  }
}
