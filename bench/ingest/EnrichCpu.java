// CPU per record of topic tagging and property extraction, one thread, pass after pass over the papers of
// a folder of record files (the first pass warms the JIT; read the later ones). The sums printed last must
// not change with a change that is meant to keep the tags and properties as they are:
//   java -cp target/anodex.jar bench/ingest/EnrichCpu.java /tmp/ing10k 5
// Results: docs/BENCHMARKS.md, "Ingest CPU per record".
import java.lang.management.*;
import java.nio.file.*;
import java.util.*;
import org.anodex.enrich.*;
import org.anodex.enrich.properties.PropertyExtractor;
import org.anodex.paper.Paper;
import org.anodex.source.*;
import org.anodex.source.tika.ParserProcesses;

public class EnrichCpu {
  public static void main(String[] a) throws Exception {
    List<Paper> papers = new ArrayList<>();
    try (Sources s = new Sources(RecordFields.defaults(), ParserProcesses.Limits.defaults(), 200L << 20)) {
      try (var files = Files.list(Path.of(a[0]))) {
        for (Path f : files.sorted().toList()) {
          s.forFile(f).read(SourceFile.of(f), new PaperSink() {
            public void accept(Paper p) { papers.add(p); }
            public void reject(String w, String r) {}
          });
        }
      }
    }
    TopicTagger tagger = new TopicTagger(Taxonomy.defaults());
    PropertyExtractor props = new PropertyExtractor();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int passes = a.length > 1 ? Integer.parseInt(a[1]) : 3;
    for (int pass = 0; pass < passes; pass++) {
      long t0 = mx.getCurrentThreadCpuTime(); long h = 0;
      for (Paper p : papers) h += tagger.enrich(p).topics().hashCode();
      long t1 = mx.getCurrentThreadCpuTime();
      for (Paper p : papers) h += props.enrich(p).properties().hashCode();
      long t2 = mx.getCurrentThreadCpuTime();
      System.out.printf("pass %d: %d papers tagging %.3f ms/rec properties %.3f ms/rec (check %d)%n", pass, papers.size(), (t1 - t0) / 1e6 / papers.size(), (t2 - t1) / 1e6 / papers.size(), h);
    }
  }
}
