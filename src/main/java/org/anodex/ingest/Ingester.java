package org.anodex.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.anodex.enrich.Enricher;
import org.anodex.index.PaperIndex;
import org.anodex.paper.Embedding;
import org.anodex.paper.Paper;
import org.anodex.semantic.Embedder;
import org.anodex.source.PaperSink;
import org.anodex.source.SourceFile;
import org.anodex.source.Sources;
import org.anodex.source.UnreadableFileException;

/**
 * Ingestion: files and folders in, papers enriched and written to an index, every outcome counted.
 * Files are read in parallel, and so are the papers of one large file (enrichment and indexing run in a
 * second pool fed through a bounded queue). One file's failure never touches another's papers. The index
 * is committed every {@code commitEvery} papers and at the end, so a crash loses at most one batch.
 */
public final class Ingester {
  private static final List<String> NOT_PAPERS = List.of("readme", "license", "licence", "changelog", "notice");

  private final Sources sources;
  private final List<Enricher> enrichers;
  private final PaperIndex index;
  private final int threads;
  private final int commitEvery;
  private final Progress progress;

  public Ingester(Sources sources, List<Enricher> enrichers, PaperIndex index, int threads, int commitEvery, Progress progress) {
    this.sources = sources;
    this.enrichers = List.copyOf(enrichers);
    this.index = index;
    this.threads = Math.max(1, threads);
    this.commitEvery = Math.max(1, commitEvery);
    this.progress = progress;
  }

  /** Lists the files that {@code paths} name, folders walked recursively, hidden files left out. */
  public static List<SourceFile> expand(List<Path> paths, List<IngestSummary.Failure> failures, List<String> skipped)
      throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
            Path rel = p.relativize(f);
            if (isHidden(rel)) {
              continue;
            }
            if (isNotPaper(f)) {
              skipped.add(rel.toString());
              continue;
            }
            files.add(new SourceFile(f, rel.toString().replace('\\', '/')));
          }
        }
      } else if (Files.isRegularFile(p)) {
        files.add(SourceFile.of(p));
      } else {
        failures.add(new IngestSummary.Failure(p.toString(), Files.exists(p) ? "not a regular file" : "no such file or folder"));
      }
    }
    return files;
  }

  private static boolean isHidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNotPaper(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return NOT_PAPERS.stream().anyMatch(n -> name.equals(n) || name.startsWith(n + "."));
  }

  public IngestSummary ingest(List<Path> paths) throws IOException {
    List<IngestSummary.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    List<String> skipped = new ArrayList<>();
    return ingest(expand(paths, failures, skipped), failures, skipped);
  }

  /** Ingests files known by the names given (an upload is known by its client's file name). */
  public IngestSummary ingestFiles(List<SourceFile> files) throws IOException {
    return ingest(files, Collections.synchronizedList(new ArrayList<>()), List.of());
  }

  /**
   * Ingests papers that come from no file (a harvest's records): enriched and written as a file's papers
   * are, one at a time, then committed, so that they are durable when this returns.
   */
  public IngestSummary ingestPapers(List<Paper> papers) throws IOException {
    long t0 = System.nanoTime();
    Run run = new Run(Collections.synchronizedList(new ArrayList<>()), 0);
    for (Paper p : papers) {
      run.write(p, null);
    }
    run.rethrowIndexFailure();
    index.commit();
    return new IngestSummary(0, run.added.get(), run.updated.get(), run.unchanged.get(), List.copyOf(run.failures),
        List.of(), Duration.ofNanos(System.nanoTime() - t0), List.copyOf(run.ids), IngestSummary.Embeddings.NONE);
  }

  private IngestSummary ingest(List<SourceFile> files, List<IngestSummary.Failure> failures, List<String> skipped)
      throws IOException {
    long t0 = System.nanoTime();
    Run run = new Run(failures, files.size());
    ExecutorService readers = Executors.newFixedThreadPool(threads, named("anodex-read"));
    ThreadPoolExecutor writers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(512), named("anodex-write"), new ThreadPoolExecutor.CallerRunsPolicy());
    try {
      List<Future<?>> reads = new ArrayList<>();
      for (SourceFile f : files) {
        reads.add(readers.submit(() -> run.read(f, writers)));
      }
      for (Future<?> r : reads) {
        waitFor(r);
      }
      writers.shutdown();
      if (!writers.awaitTermination(7, TimeUnit.DAYS)) {
        throw new IOException("ingest did not finish");
      }
      run.rethrowIndexFailure();
      index.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      readers.shutdownNow();
      writers.shutdownNow();
      progress.done();
    }
    return new IngestSummary(files.size(), run.added.get(), run.updated.get(), run.unchanged.get(),
        List.copyOf(failures), skipped, Duration.ofNanos(System.nanoTime() - t0), List.copyOf(run.ids),
        new IngestSummary.Embeddings(run.embeddingsTaken.get(), run.embeddingsRefused.get(), List.copyOf(run.refusals)));
  }

  private static void waitFor(Future<?> f) throws InterruptedException, IOException {
    try {
      f.get();
    } catch (ExecutionException e) {
      throw new IOException("ingest failed: " + e.getCause(), e.getCause());
    }
  }

  /** The state of one ingest run. */
  private final class Run {
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger filesDone = new AtomicInteger();
    final AtomicLong writesSinceCommit = new AtomicLong();
    final AtomicInteger embeddingsTaken = new AtomicInteger();
    final AtomicInteger embeddingsRefused = new AtomicInteger();
    final List<IngestSummary.Failure> refusals = Collections.synchronizedList(new ArrayList<>());
    final List<IngestSummary.Failure> failures;
    final List<String> ids = Collections.synchronizedList(new ArrayList<>());
    final int files;
    volatile IOException indexFailure;

    Run(List<IngestSummary.Failure> failures, int files) {
      this.failures = failures;
      this.files = files;
    }

    void read(SourceFile file, ExecutorService writers) {
      PaperSink sink = new PaperSink() {
        @Override
        public void accept(Paper paper) {
          writers.execute(() -> write(paper, null));
        }

        @Override
        public void accept(Paper paper, Embedding embedding) {
          String unfit = embedding.unfitFor(Embedder.MODEL, Embedder.DIMENSION);
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
        public void refuseEmbedding(String where, String reason) {
          if (embeddingsRefused.incrementAndGet() <= IngestSummary.Embeddings.EXAMPLES) {
            refusals.add(new IngestSummary.Failure(where, reason));
          }
        }
      };
      try {
        sources.forFile(file.path()).read(file, sink);
      } catch (UnreadableFileException e) {
        failures.add(new IngestSummary.Failure(file.name(), e.getMessage()));
      } catch (NoSuchFileException e) {
        failures.add(new IngestSummary.Failure(file.name(), "no such file"));
      } catch (IOException e) {
        failures.add(new IngestSummary.Failure(file.name(), "could not be read: " + e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(new IngestSummary.Failure(file.name(), "could not be read (" + e + ")"));
      } finally {
        progress.update(filesDone.incrementAndGet(), files, added.get(), updated.get(), unchanged.get(), failures.size());
      }
    }

    void write(Paper paper, float[] embedding) {
      if (indexFailure != null) {
        return;
      }
      try {
        Paper enriched = paper;
        for (Enricher e : enrichers) {
          enriched = e.enrich(enriched);
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
        if (writesSinceCommit.incrementAndGet() % commitEvery == 0) {
          index.commit();
        }
      } catch (IOException | UncheckedIOException e) {
        // The index itself failed (disk full, ...): stop, keep what was committed.
        indexFailure = e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
      } catch (RuntimeException e) {
        failures.add(new IngestSummary.Failure(paper.source(), "could not be indexed (" + e + ")"));
      }
    }

    void rethrowIndexFailure() throws IOException {
      if (indexFailure != null) {
        throw new IOException("writing the index failed: " + indexFailure.getMessage(), indexFailure);
      }
    }
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
