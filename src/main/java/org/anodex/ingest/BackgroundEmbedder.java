package org.anodex.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.anodex.index.LuceneIndex;
import org.anodex.index.LuceneIndex.PendingPaper;
import org.anodex.paper.Paper;

/**
 * Embeds the papers of an index that are searchable by their words but still lack an embedding
 * (marked when written: a record that brought its own embedding is never marked). Each paper is
 * rewritten with its vector, and the index is committed every {@code commitEveryMillis} and at the
 * end, so a killed run loses at most that much work and the next run carries on with what is still
 * marked. A paper is embedded once: its vector stays until the paper itself changes, so its ranking
 * does not change under a search.
 */
public final class BackgroundEmbedder {
  /** Papers read from the index at a time. */
  private static final int ROUND = 512;

  private final LuceneIndex index;
  private final Function<Paper, float[]> embedder;
  private final int threads;
  private final long commitEveryMillis;
  private final EmbedProgress progress;
  private volatile boolean stopped;

  /**
   * @param embedder a paper's embedding (the model loads on its first call, so a run with nothing
   *     to embed never loads it)
   * @param threads papers embedded at once (the model runs on the calling thread)
   */
  public BackgroundEmbedder(
      LuceneIndex index,
      Function<Paper, float[]> embedder,
      int threads,
      long commitEveryMillis,
      EmbedProgress progress) {
    this.index = index;
    this.embedder = embedder;
    this.threads = Math.max(1, threads);
    this.commitEveryMillis = commitEveryMillis;
    this.progress = progress;
  }

  /**
   * Every outcome of a run: papers embedded, changed meanwhile by a write (embedded in their turn),
   * failed.
   */
  public record Result(int embedded, int changed, int failed, long millis) {
    public String toText() {
      return String.format(
          Locale.ROOT,
          "%d papers embedded, %d changed meanwhile, %d failed (%.1f s)%n",
          embedded,
          changed,
          failed,
          millis / 1000.0);
    }
  }

  /**
   * Asks a running {@link #run()} to stop after the papers in hand; what was embedded is committed.
   */
  public void stop() {
    stopped = true;
  }

  /**
   * Embeds what is marked, then looks again every {@code pollMillis} for papers written since (a
   * server's writes), until {@link #stop()}; each run that embedded something is passed to {@code
   * report}. Deleted copies are left to the merge policy here: expunging them after every write
   * would rewrite a large segment for one paper updated in it.
   */
  public void runContinuously(long pollMillis, java.util.function.Consumer<Result> report)
      throws IOException {
    while (!stopped) {
      Result r = run(false);
      if (r.embedded() + r.changed() + r.failed() > 0) {
        report.accept(r);
      }
      try {
        Thread.sleep(pollMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Embeds until no marked paper is left (or {@link #stop()}), committing as it goes. */
  public Result run() throws IOException {
    return run(true);
  }

  /**
   * @param expunge merge away the rewritten papers' old copies at the end (a whole collection
   *     embedded at once: ingest, {@code anodex embed}), so that its ranking does not depend on how
   *     the writes fell
   */
  private Result run(boolean expunge) throws IOException {
    long t0 = System.nanoTime();
    AtomicInteger embedded = new AtomicInteger();
    AtomicInteger changed = new AtomicInteger();
    Set<String> failed = new HashSet<>();
    int total = index.pendingEmbeddingCount();
    ExecutorService pool = Executors.newFixedThreadPool(threads, Ingester.named("anodex-embed"));
    try {
      long lastCommit = System.nanoTime();
      while (!stopped) {
        List<PendingPaper> round = new ArrayList<>();
        for (PendingPaper p : index.pendingEmbeddings(ROUND + failed.size())) {
          if (!failed.contains(p.paper().id())) {
            round.add(p);
          }
        }
        if (round.isEmpty()) {
          break;
        }
        List<Future<Boolean>> writes = new ArrayList<>();
        for (PendingPaper p : round) {
          writes.add(pool.submit(() -> stopped ? null : embed(p)));
        }
        for (int i = 0; i < writes.size(); i++) {
          Boolean written = outcome(writes.get(i));
          if (written == null) {
            if (!stopped) {
              failed.add(round.get(i).paper().id());
            }
          } else if (written) {
            embedded.incrementAndGet();
          } else {
            changed.incrementAndGet();
          }
          progress.update(embedded.get() + changed.get() + failed.size(), total);
          if (System.nanoTime() - lastCommit > commitEveryMillis * 1_000_000L) {
            index.commit();
            lastCommit = System.nanoTime();
          }
        }
        index.commit(); // the next round reads what this one left
        lastCommit = System.nanoTime();
      }
      if (expunge && embedded.get() > 0) {
        index.expungeDeletes(); // the rewritten papers' old copies would skew the term statistics
        index.mergeSmallSegments(LuceneIndex.SMALL_SEGMENT_BYTES); // one segment a commit
      }
    } finally {
      pool.shutdownNow();
      progress.done();
    }
    return new Result(
        embedded.get(), changed.get(), failed.size(), (System.nanoTime() - t0) / 1_000_000L);
  }

  /** True when written, false when the paper changed meanwhile, null when embedding it failed. */
  private Boolean embed(PendingPaper p) throws IOException {
    float[] vector;
    try {
      vector = embedder.apply(p.paper());
    } catch (RuntimeException e) {
      return null;
    }
    return vector == null ? null : index.addEmbedding(p.paper(), p.hash(), vector);
  }

  private static Boolean outcome(Future<Boolean> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io
          ? io
          : new IOException("embedding failed: " + e.getCause(), e.getCause());
    }
  }
}
