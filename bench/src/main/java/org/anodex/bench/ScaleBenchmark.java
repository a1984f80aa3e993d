package org.anodex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.anodex.bench.anodex.AnodexProcess;
import org.anodex.bench.floor.FloorIndex;
import org.anodex.bench.floor.FloorSearcher;
import org.anodex.bench.load.ClosedLoop;
import org.anodex.bench.load.HttpTarget;
import org.anodex.bench.load.Latencies;
import org.anodex.bench.load.Target;
import org.anodex.bench.process.ProcessStats;
import org.anodex.bench.report.Report;
import org.anodex.bench.report.SystemFacts;
import org.anodex.bench.solr.SolrLoader;
import org.anodex.bench.solr.SolrNode;
import org.anodex.bench.solr.SolrProcess;

/**
 * One corpus size, three systems, the same papers and requests, in one run: the in-process Lucene
 * floor, Anodex over HTTP (its shaded jar: ingest, then serve), and one Solr node with a plain
 * configset. Builds the three indexes from {@code RUN_DIR/papers}, then for every class of {@code
 * bench/scale-*.tasks} sends each request once to each system (its first time), then runs every
 * class on every system twice for {@code bench.warmupAll} seconds (compiling), then for every class
 * and connection count runs each system in turn (warm-up, then a measured closed loop), and prints
 * the Markdown table (also written to {@code RUN_DIR/results.md}). Run by {@code bench/scale.sh}.
 * Settings: {@code -Dbench.warmupAll=10 -Dbench.warmup=5 -Dbench.seconds=10 -Dbench.connections=1,4
 * -Dbench.heap=2g -Dbench.jar=target/anodex.jar -Dbench.solrNodes=1}.
 */
public final class ScaleBenchmark {

  public static void main(String[] args) throws Exception {
    Path run = Path.of(args[0]);
    Path jar = Path.of(System.getProperty("bench.jar", "target/anodex.jar"));
    List<Integer> connections =
        Stream.of(System.getProperty("bench.connections", "1,4").split(","))
            .map(Integer::valueOf)
            .toList();
    ClosedLoop loop =
        new ClosedLoop(
            Double.parseDouble(System.getProperty("bench.warmup", "5")),
            Double.parseDouble(System.getProperty("bench.seconds", "10")));
    double warmUpAll = Double.parseDouble(System.getProperty("bench.warmupAll", "10"));
    List<String> serverJvm = List.of("-Xmx" + System.getProperty("bench.heap", "2g"));
    // bench.anodex=false: the peers alone (e.g. at 1M while Anodex's ingest still embeds papers
    // itself).
    boolean withAnodex = Boolean.parseBoolean(System.getProperty("bench.anodex", "true"));
    int solrNodes = Integer.parseInt(System.getProperty("bench.solrNodes", "1"));

    Queries queries = Queries.read(run.resolve("queries.tsv"));
    Map<String, Tasks> tasks = new LinkedHashMap<>();
    for (String system : List.of(Report.FLOOR, Report.ANODEX, Report.SOLR)) {
      tasks.put(system, Tasks.read(Path.of("bench", "scale-" + system + ".tasks")));
    }
    List<Path> chunks = CorpusReader.chunks(run.resolve("papers"));

    // The floor.
    Path floorDir = fresh(run.resolve("floor-index"));
    long t0 = System.nanoTime();
    long[] count = {0};
    try (FloorIndex floor = new FloorIndex(floorDir)) {
      for (Path chunk : chunks) {
        CorpusReader.read(
            chunk,
            p -> {
              try {
                floor.add(p);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              if (++count[0] % 100_000 == 0) {
                log("floor: %,d indexed", count[0]);
              }
            });
      }
    }
    double floorIngest = (System.nanoTime() - t0) / 1e9;
    long papers = count[0];
    log("floor: %,d papers indexed in %.1f s", papers, floorIngest);
    t0 = System.nanoTime();
    FloorSearcher floor = new FloorSearcher(floorDir);
    floor
        .target(List.of(tasks.get(Report.FLOOR).params("Words", "silicon", 2024)))
        .caller()
        .call(0);
    double floorStart = (System.nanoTime() - t0) / 1e9;

    List<String> systems = new ArrayList<>(List.of(Report.FLOOR, Report.ANODEX, Report.SOLR));
    if (!withAnodex) {
      systems.remove(Report.ANODEX);
    }
    Report report = new Report(papers, header(papers, warmUpAll, serverJvm), connections, systems);
    report.add(
        new SystemFacts(
            Report.FLOOR,
            papers,
            floorIngest,
            -1,
            ProcessStats.sizeOnDisk(floorDir, null),
            floorStart,
            "open the index, one search",
            -1,
            -1));

    // The peer.
    Path solrDir = fresh(run.resolve("solr"));
    // Result caches off on both sides (Solr's plain configset has none): the loops measure the
    // engines.
    List<String> anodexJvm = new java.util.ArrayList<>(serverJvm);
    anodexJvm.add("-Danodex.result-cache=0");
    try (SolrProcess solr =
            new SolrProcess(
                solrDir,
                Path.of("bench/src/main/resources/solr/plain/conf"),
                solrNodes,
                serverJvm,
                run.resolve("solr.log"));
        AnodexProcess anodex = new AnodexProcess(jar, anodexJvm)) {
      log("solr: node up at %s in %.1f s; indexing", solr.baseUrl(), solr.startSeconds());
      t0 = System.nanoTime();
      long sent =
          new SolrLoader(solr.baseUrl())
              .load(
                  chunks,
                  n -> {
                    if (n % 100_000 == 0) {
                      log("solr: %,d sent", n);
                    }
                  });
      double solrIngest = (System.nanoTime() - t0) / 1e9;
      log("solr: %,d papers indexed and committed in %.1f s", sent, solrIngest);

      // Anodex.
      Path anodexDir = run.resolve("anodex-index");
      AnodexProcess.IngestRun ingest = null;
      double anodexStart = -1;
      if (withAnodex) {
        fresh(anodexDir);
        log("anodex: ingest (progress in %s)", run.resolve("anodex-ingest.log"));
        ingest =
            anodex.ingest(
                run.resolve("papers"),
                anodexDir,
                run.resolve("cache"),
                run.resolve("anodex-ingest.log"));
        log(
            "anodex: %s; %.1f s wall, peak RSS %.0f MB",
            ingest.summary(), ingest.seconds(), ingest.peakRssMb());
        anodexStart = anodex.serve(anodexDir, run.resolve("anodex-serve.log"));
        log("anodex: serving at %s, first answer after %.2f s", anodex.baseUrl(), anodexStart);
      }

      checkTotals(floor, tasks, queries, withAnodex ? anodex.baseUrl() : null, solr.baseUrl());
      Map<String, Map<String, Target>> targets = new LinkedHashMap<>();
      for (String category : tasks.get(Report.ANODEX).categories()) {
        Map<String, Target> byName = new LinkedHashMap<>();
        byName.put(
            Report.FLOOR, floor.target(requests(tasks.get(Report.FLOOR), category, queries)));
        if (withAnodex) {
          byName.put(
              Report.ANODEX,
              new HttpTarget(
                  anodex.baseUrl(),
                  "/api/search",
                  queryStrings(tasks.get(Report.ANODEX), category, queries)));
        }
        byName.put(
            Report.SOLR,
            new HttpTarget(
                solr.baseUrl(),
                "/" + SolrNode.COLLECTION + "/select",
                queryStrings(tasks.get(Report.SOLR), category, queries)));
        targets.put(category, byName);
      }
      // Each request's first time, in every system, before anything else has seen it.
      targets.forEach(
          (category, byName) ->
              byName.forEach(
                  (system, target) -> {
                    Latencies first = loop.firstPass(target, queries.size());
                    report.add(category, system, Report.FIRST_PASS, first);
                    log(
                        "%-9s %-12s first pass: p50 %.2f ms, mean %.2f ms",
                        category,
                        system,
                        first.percentileMs(50),
                        first.seconds() * 1e3 / Math.max(1, first.count()));
                  }));
      // Then every system runs every class before any is measured: a JVM compiles its hot code
      // over minutes, and a class measured first would otherwise pay for the compiling of all.
      ClosedLoop warm = new ClosedLoop(0, warmUpAll);
      for (int round = 0; round < 2 && warmUpAll > 0; round++) {
        for (Map<String, Target> byName : targets.values()) {
          for (Target target : byName.values()) {
            warm.run(target, Collections.max(connections));
          }
        }
      }
      log("every system ran every class for 2 x %.0f s; measuring", warmUpAll);
      for (Map.Entry<String, Map<String, Target>> c : targets.entrySet()) {
        String category = c.getKey();
        for (int n : connections) {
          for (Map.Entry<String, Target> e : c.getValue().entrySet()) {
            Latencies l = loop.run(e.getValue(), n);
            report.add(category, e.getKey(), n, l);
            log(
                "%-9s %-12s @%d: p50 %.2f ms, p99 %.2f ms, %.0f req/s%s",
                category,
                e.getKey(),
                n,
                l.percentileMs(50),
                l.percentileMs(99),
                l.perSecond(),
                l.errors() > 0 ? ", " + l.errors() + " errors" : "");
          }
        }
      }
      if (withAnodex) {
        report.add(
            new SystemFacts(
                Report.ANODEX,
                papers,
                ingest.seconds(),
                ingest.peakRssMb(),
                ProcessStats.sizeOnDisk(anodexDir, null),
                anodexStart,
                "serve on the filled index",
                ProcessStats.heapUsedMb(anodex.pid()),
                ProcessStats.statusMb(anodex.pid(), "VmRSS")));
      }
      report.add(
          new SystemFacts(
              Report.SOLR,
              papers,
              solrIngest,
              -1,
              ProcessStats.sizeOnDisk(solrDir, "/data/index"),
              solr.startSeconds(),
              "JVM, ZooKeeper, node, empty collection",
              ProcessStats.heapUsedMb(solr.pid()),
              ProcessStats.statusMb(solr.pid(), "VmRSS")));
    } finally {
      floor.close();
    }
    String table = report.markdown();
    System.out.println(table);
    Files.writeString(run.resolve("results.md"), table);
  }

  private static List<List<Map.Entry<String, String>>> requests(
      Tasks t, String category, Queries q) {
    List<List<Map.Entry<String, String>>> out = new ArrayList<>();
    for (int i = 0; i < q.size(); i++) {
      out.add(t.params(category, q.words().get(i), q.years().get(i)));
    }
    return out;
  }

  private static List<String> queryStrings(Tasks t, String category, Queries q) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < q.size(); i++) {
      out.add(t.queryString(category, q.words().get(i), q.years().get(i)));
    }
    return out;
  }

  private static String header(long papers, double warmUpAll, List<String> serverJvm) {
    return String.format(
        Locale.ROOT,
        "Java %s, %d cores, load average %.1f at the start; servers %s; every class run on every "
            + "system 2 x %.0f s before measuring; each cell a closed loop after a warm-up "
            + "(bench.warmup / bench.seconds)",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        String.join(" ", serverJvm),
        warmUpAll);
  }

  /**
   * Totals of the first queries in each system, in the log: the floor and Solr analyse alike and
   * should agree exactly; Anodex (its own analysis: stemming, synonyms, chemistry tokens) finds
   * more.
   */
  private static void checkTotals(
      FloorSearcher floor, Map<String, Tasks> tasks, Queries q, String anodex, String solr)
      throws Exception {
    java.util.regex.Pattern total =
        java.util.regex.Pattern.compile("\"(?:total|numFound)\":\\s*(\\d+)");
    for (int i = 0; i < 5; i++) {
      String words = q.words().get(i);
      long f = floor.total(tasks.get(Report.FLOOR).params("Words", words, q.years().get(i)));
      java.util.regex.Matcher a =
          total.matcher(
              anodex == null
                  ? ""
                  : HttpTarget.get(
                      anodex
                          + "/api/search?"
                          + tasks
                              .get(Report.ANODEX)
                              .queryString("Words", words, q.years().get(i))));
      java.util.regex.Matcher s =
          total.matcher(
              HttpTarget.get(
                  solr
                      + "/"
                      + SolrNode.COLLECTION
                      + "/select?"
                      + tasks.get(Report.SOLR).queryString("Words", words, q.years().get(i))));
      log(
          "totals of '%s': floor %d, solr %s, anodex %s",
          words, f, s.find() ? s.group(1) : "?", a.find() ? a.group(1) : "?");
    }
  }

  private static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    return dir;
  }

  static void log(String format, Object... args) {
    System.err.printf(
        Locale.ROOT, "%tT " + format + "%n", prepend(System.currentTimeMillis(), args));
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
