package org.anodex.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.anodex.enrich.Enricher;
import org.anodex.enrich.StageBudget;
import org.anodex.index.PaperIndex;
import org.anodex.paper.Embedding;
import org.anodex.paper.Paper;
import org.anodex.paper.Text;
import org.anodex.source.PaperSink;
import org.anodex.source.SourceFile;
import org.anodex.source.Sources;
import org.anodex.source.UnreadableFileException;

/**
 * Ingestion: files and folders in, papers enriched and written to an index, every outcome counted.
 * Files are read in parallel, and so are the papers of one large file (enrichment and indexing run
 * in a second pool fed through a bounded queue). One file's failure never touches another's papers.
 * The index is committed as {@link Commits} says and at the end, so a crash loses at most what was
 * written since the last commit.
 */
public final class Ingester {
  private final Sources sources;
  private final List<Enricher> enrichers;
  private final PaperIndex index;
  private final int threads;
  private final Commits commits;
  private final Progress progress;
  private final PaperBudget budget;

  public Ingester(
      Sources sources,
      List<Enricher> enrichers,
      PaperIndex index,
      int threads,
      Commits commits,
      Progress progress) {
    this(sources, enrichers, index, threads, commits, progress, PaperBudget.defaults());
  }

  public Ingester(
      Sources sources,
      List<Enricher> enrichers,
      PaperIndex index,
      int threads,
      Commits commits,
      Progress progress,
      PaperBudget budget) {
    this.sources = sources;
    this.enrichers = List.copyOf(enrichers);
    this.index = index;
    this.threads = Math.max(1, threads);
    this.commits = commits;
    this.progress = progress;
    this.budget = budget;
  }

  public IngestSummary ingest(List<Path> paths) throws IOException {
    List<IngestSummary.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    List<String> skipped = new ArrayList<>();
    return ingest(FileWalk.expand(paths, failures, skipped), failures, skipped);
  }

  /** Ingests files known by the names given (an upload is known by its client's file name). */
  public IngestSummary ingestFiles(List<SourceFile> files) throws IOException {
    return ingest(files, Collections.synchronizedList(new ArrayList<>()), List.of());
  }

  /**
   * Ingests papers that come from no file (a harvest's records): enriched and written as a file's
   * papers are, one at a time, then committed, so that they are durable when this returns. Where
   * the index cannot be written, that failure is thrown (the harvest stops at its last checkpoint).
   */
  public IngestSummary ingestPapers(List<Paper> papers) throws IOException {
    long t0 = System.nanoTime();
    Run run = new Run(Collections.synchronizedList(new ArrayList<>()), 0);
    for (Paper p : papers) {
      run.write(p, null);
    }
    if (run.indexFailure != null) {
      throw run.indexFailure;
    }
    index.commit();
    return new IngestSummary(
        0,
        run.added.get(),
        run.updated.get(),
        run.unchanged.get(),
        List.copyOf(run.failures),
        List.of(),
        Duration.ofNanos(System.nanoTime() - t0),
        List.copyOf(run.ids),
        IngestSummary.Embeddings.NONE,
        List.copyOf(run.partial),
        null,
        run.slowest);
  }

  /**
   * Reads every file and writes its papers. A file or paper that fails costs itself alone (named in
   * the summary, whatever it threw, out of memory included); where the index itself cannot be
   * written the run stops, keeps what was committed, and its summary says why ({@link
   * IngestSummary#stopped()}).
   */
  private IngestSummary ingest(
      List<SourceFile> files, List<IngestSummary.Failure> failures, List<String> skipped)
      throws IOException {
    long t0 = System.nanoTime();
    Run run = new Run(failures, files.size());
    ExecutorService readers = Executors.newFixedThreadPool(threads, named("anodex-read"));
    ThreadPoolExecutor writers =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(512),
            named("anodex-write"),
            new ThreadPoolExecutor.CallerRunsPolicy());
    String stopped = null;
    try {
      List<Future<?>> reads = new ArrayList<>();
      for (SourceFile f : files) {
        reads.add(readers.submit(() -> run.read(f, writers)));
      }
      for (Future<?> r : reads) {
        r.get();
      }
      writers.shutdown();
      writers.awaitTermination(7, TimeUnit.DAYS);
      if (run.indexFailure == null) {
        index.commit();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (IOException e) {
      stopped = "writing the index failed: " + e.getMessage(); // the last commit
    } catch (ExecutionException | RuntimeException e) {
      stopped =
          "ingest failed: "
              + Text.printable(String.valueOf(e instanceof ExecutionException ? e.getCause() : e));
    } finally {
      readers.shutdownNow();
      writers.shutdownNow();
      progress.done();
    }
    if (run.indexFailure != null) {
      stopped = "writing the index failed: " + run.indexFailure.getMessage();
    }
    return new IngestSummary(
        files.size(),
        run.added.get(),
        run.updated.get(),
        run.unchanged.get(),
        List.copyOf(failures),
        skipped,
        Duration.ofNanos(System.nanoTime() - t0),
        List.copyOf(run.ids),
        new IngestSummary.Embeddings(
            run.embeddingsTaken.get(), run.embeddingsRefused.get(), List.copyOf(run.refusals)),
        List.copyOf(run.partial),
        stopped,
        run.slowest);
  }

  /** The state of one ingest run. */
  private final class Run {
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger filesDone = new AtomicInteger();
    final Commits.Schedule commitsDue = commits.start();
    final AtomicInteger embeddingsTaken = new AtomicInteger();
    final AtomicInteger embeddingsRefused = new AtomicInteger();
    final List<IngestSummary.Failure> refusals = Collections.synchronizedList(new ArrayList<>());
    final List<IngestSummary.Failure> partial = Collections.synchronizedList(new ArrayList<>());
    volatile IngestSummary.Slowest slowest = IngestSummary.Slowest.NONE;
    final List<IngestSummary.Failure> failures;
    final List<String> ids = Collections.synchronizedList(new ArrayList<>());
    final int files;
    volatile IOException indexFailure;

    Run(List<IngestSummary.Failure> failures, int files) {
      this.failures = failures;
      this.files = files;
    }

    void read(SourceFile file, ExecutorService writers) {
      PaperSink sink =
          new PaperSink() {
            @Override
            public void accept(Paper paper) {
              writers.execute(() -> write(paper, null));
            }

            @Override
            public void accept(Paper paper, Embedding embedding) {
              String unfit = embedding.unfit();
              if (unfit != null) {
                refuseEmbedding(paper.source(), unfit);
              }
              float[] vector = unfit == null ? embedding.vector() : null;
              writers.execute(() -> write(paper, vector));
            }

            @Override
            public void reject(String where, String reason) {
              failures.add(new IngestSummary.Failure(where, reason));
            }

            @Override
            public void partial(String where, String what) {
              partial.add(new IngestSummary.Failure(where, what));
            }

            @Override
            public void refuseEmbedding(String where, String reason) {
              if (embeddingsRefused.incrementAndGet() <= IngestSummary.Embeddings.EXAMPLES) {
                refusals.add(new IngestSummary.Failure(where, reason));
              }
            }
          };
      long t0 = System.nanoTime();
      try {
        sources.forFile(file.path()).read(file, sink);
      } catch (UnreadableFileException e) {
        failures.add(new IngestSummary.Failure(file.name(), e.getMessage()));
      } catch (NoSuchFileException e) {
        failures.add(new IngestSummary.Failure(file.name(), "no such file"));
      } catch (IOException e) {
        failures.add(
            new IngestSummary.Failure(file.name(), "could not be read: " + e.getMessage()));
      } catch (RuntimeException e) {
        failures.add(new IngestSummary.Failure(file.name(), "could not be read (" + e + ")"));
      } catch (StackOverflowError e) {
        failures.add(
            new IngestSummary.Failure(
                file.name(), "could not be read: nested too deeply (the reader ran out of stack)"));
      } catch (OutOfMemoryError e) {
        // One huge allocation (a record that expands without end) fails alone; the papers read
        // before it are queued and the other files go on.
        failures.add(
            new IngestSummary.Failure(
                file.name(),
                "could not be read: it needs more memory than the"
                    + " heap has ("
                    + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB)"));
      } finally {
        noteTime(file, Duration.ofNanos(System.nanoTime() - t0));
        progress.update(
            filesDone.incrementAndGet(),
            files,
            added.get(),
            updated.get(),
            unchanged.get(),
            failures.size());
      }
    }

    private synchronized void noteTime(SourceFile file, Duration took) {
      if (took.compareTo(slowest.took()) > 0) {
        slowest = new IngestSummary.Slowest(file.name(), took);
      }
    }

    void write(Paper paper, float[] embedding) {
      if (indexFailure != null) {
        return;
      }
      try {
        PaperBudget.Applied within = budget.apply(paper);
        List<String> cuts = new ArrayList<>(within.cuts());
        Paper enriched = within.paper();
        for (Enricher e : enrichers) {
          Paper before = enriched;
          try {
            enriched = StageBudget.run(budget.stageTime(), () -> e.enrich(before));
          } catch (StageBudget.Exceeded x) {
            cuts.add(
                stageName(e)
                    + " stopped after "
                    + budget.stageTime().toSeconds()
                    + " s (its budget): left out");
          }
        }
        if (!cuts.isEmpty()) {
          partial.add(new IngestSummary.Failure(paper.source(), String.join("; ", cuts)));
        }
        if (ids.size() < IngestSummary.MAX_IDS) {
          ids.add(enriched.id());
        }
        if (embedding != null) {
          embeddingsTaken.incrementAndGet();
        }
        switch (index.upsert(enriched, embedding)) {
          case ADDED -> added.incrementAndGet();
          case UPDATED -> updated.incrementAndGet();
          case UNCHANGED -> unchanged.incrementAndGet();
        }
        if (commitsDue.due()) {
          index.commit();
        }
      } catch (IOException | UncheckedIOException e) {
        // The index itself failed (disk full, ...): stop, keep what was committed.
        indexFailure = e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        failures.add(new IngestSummary.Failure(paper.source(), "could not be indexed (" + e + ")"));
      }
    }
  }

  /** "topic tagging", "property extraction": what a stage is called in a summary. */
  private static String stageName(Enricher e) {
    return e.getClass()
        .getSimpleName()
        .replace("TopicTagger", "topic tagging")
        .replace("PropertyExtractor", "property extraction");
  }

  static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
