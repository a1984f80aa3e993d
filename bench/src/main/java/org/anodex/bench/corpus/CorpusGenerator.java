package org.anodex.bench.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a scale corpus of N generated papers ({@link PaperGenerator}) as JSONL chunks of 10,000
 * papers ({@code OUT/papers/part-NNNNN.jsonl}), streamed, the benchmark's queries ({@code
 * OUT/queries.tsv}), and the embedding cache that lets today's {@code anodex ingest} read the
 * generated embeddings ({@code OUT/cache}, see {@link CacheSeeder}). Runs on the application's
 * shaded jar:
 *
 * <pre>java -Danodex.cache=/tmp/anodex-cache-bench -cp target/anodex.jar:bench/target/classes \
 *   org.anodex.bench.corpus.CorpusGenerator REAL_DIR OUT_DIR N [SEED]</pre>
 */
public final class CorpusGenerator {
  static final int CHUNK = 10_000;

  /**
   * Distinct queries: enough that a measured loop seldom asks one twice (both engines keep result
   * caches).
   */
  static final int QUERIES = 2000;

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: CorpusGenerator REAL_DIR OUT_DIR PAPERS [SEED]");
      System.exit(2);
    }
    Path realDir = Path.of(args[0]);
    Path out = Path.of(args[1]);
    long papers = Long.parseLong(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    long start = System.nanoTime();
    RealCorpus real = RealCorpus.read(realDir);
    System.err.printf(
        "%d real papers and their embeddings read in %.1f s%n",
        real.papers().size(), (System.nanoTime() - start) / 1e9);
    PaperGenerator generator = new PaperGenerator(real, seed, papers);
    Files.createDirectories(out.resolve("papers"));
    writeQueries(QueryPicker.pick(real.papers(), QUERIES, seed), out.resolve("queries.tsv"));
    int chunks = (int) ((papers + CHUNK - 1) / CHUNK);
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "corpus-chunk"));
    try (CacheSeeder cache = new CacheSeeder(out.resolve("cache"))) {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < chunks; c++) {
        int chunk = c;
        done.add(
            pool.submit(
                () -> {
                  writeChunk(
                      generator, cache, out, chunk, Math.min(papers, (long) (chunk + 1) * CHUNK));
                  return null;
                }));
      }
      for (int c = 0; c < chunks; c++) {
        done.get(c).get();
        if ((c + 1) % 10 == 0 || c + 1 == chunks) {
          System.err.printf(
              "generated %,d of %,d papers (%.0f s)%n",
              Math.min(papers, (long) (c + 1) * CHUNK), papers, (System.nanoTime() - start) / 1e9);
        }
      }
    } finally {
      pool.shutdown();
    }
    Files.writeString(out.resolve("DONE"), papers + " " + seed + " " + QUERIES + "\n");
  }

  private static void writeChunk(
      PaperGenerator generator, CacheSeeder cache, Path out, int chunk, long end)
      throws IOException {
    Path file = out.resolve("papers").resolve(String.format("part-%05d.jsonl", chunk));
    Map<String, float[]> byDoi = new HashMap<>();
    try (Writer w =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      for (long i = (long) chunk * CHUNK; i < end; i++) {
        SyntheticPaper p = generator.paper(i);
        PaperWriter.write(p, w);
        if (p.embedding() != null) {
          byDoi.put(p.doi(), p.embedding());
        }
      }
    }
    cache.seed(file, byDoi);
  }

  private static void writeQueries(List<QueryPicker.Query> queries, Path file) throws IOException {
    StringBuilder s = new StringBuilder();
    for (QueryPicker.Query q : queries) {
      s.append(q.words()).append('\t').append(q.year()).append('\n');
    }
    Files.writeString(file, s);
  }
}
