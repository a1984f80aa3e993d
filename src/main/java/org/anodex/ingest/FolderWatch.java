package org.anodex.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.anodex.index.PaperIndex;
import org.anodex.source.SourceFile;

/**
 * {@code --watch}: folders kept in sync with the index. The folders are scanned every {@code
 * interval}; a new or changed file is ingested once its size and modification time have stayed the
 * same for one whole interval (a reference manager rewriting a BibTeX file, a PDF still being
 * copied, are not read half-written). With {@code sync}, the papers a file gave are deleted when
 * the file goes, and those a changed file no longer gives when it changes. Polling, not file-system
 * events: it sees network and container mounts alike.
 */
public final class FolderWatch {
  private record Stamp(long size, long modified) {}

  private final List<Path> folders;
  private final Ingester ingester;
  private final PaperIndex index;
  private final boolean sync;
  private final Duration interval;
  private final Consumer<String> log;
  private final Map<Path, Stamp> ingested = new HashMap<>();
  private final Map<Path, Stamp> pending = new HashMap<>();
  private final Map<Path, Set<String>> papersOf = new HashMap<>();
  private final CountDownLatch stopped = new CountDownLatch(1);

  public FolderWatch(
      List<Path> folders,
      Ingester ingester,
      PaperIndex index,
      boolean sync,
      Duration interval,
      Consumer<String> log) {
    this.folders = List.copyOf(folders);
    this.ingester = ingester;
    this.index = index;
    this.sync = sync;
    this.interval = interval;
    this.log = log;
  }

  /**
   * Scans until {@link #stop()}. (Not until an interrupt: an interrupt during a write closes
   * Lucene's files under the index writer.)
   */
  public void run() throws IOException {
    log.accept(
        "watching "
            + folders
            + (sync ? " (removed files delete their papers)" : "")
            + "; Ctrl-C to stop");
    try {
      while (!stopped.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
        scan();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends {@link #run()} after the scan under way. */
  public void stop() {
    stopped.countDown();
  }

  /**
   * One scan: settled new and changed files ingested, removed files' papers deleted (with sync).
   */
  public void scan() throws IOException {
    List<IngestSummary.Failure> failures = new ArrayList<>();
    Map<Path, SourceFile> present = new HashMap<>();
    for (SourceFile f : FileWalk.expand(folders, failures, new ArrayList<>())) {
      present.put(f.path(), f);
    }
    List<SourceFile> settled = new ArrayList<>();
    for (SourceFile f : present.values()) {
      Stamp now = stamp(f.path());
      if (now == null || now.equals(ingested.get(f.path()))) {
        pending.remove(f.path());
        continue;
      }
      if (now.equals(pending.get(f.path()))) {
        settled.add(f);
      } else {
        pending.put(f.path(), now);
      }
    }
    for (SourceFile f : settled) {
      Stamp stamp = pending.remove(f.path());
      IngestSummary s = ingester.ingestFiles(List.of(f));
      ingested.put(f.path(), stamp);
      Set<String> before = papersOf.put(f.path(), new LinkedHashSet<>(s.ids()));
      log.accept(
          f.name()
              + ": "
              + s.added()
              + " added, "
              + s.updated()
              + " updated, "
              + s.unchanged()
              + " unchanged"
              + (s.failed() == 0 ? "" : ", failed: " + s.failures().get(0).reason()));
      if (sync && before != null) {
        Set<String> gone = new HashSet<>(before);
        gone.removeAll(s.ids());
        delete(f.name(), gone);
      }
    }
    for (Path p : new ArrayList<>(ingested.keySet())) {
      if (!present.containsKey(p)) {
        ingested.remove(p);
        Set<String> ids = papersOf.remove(p);
        if (sync && ids != null) {
          delete(p.toString(), ids);
        }
      }
    }
  }

  private void delete(String file, Set<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return;
    }
    int deleted = 0;
    for (String id : ids) {
      deleted += index.delete(id) ? 1 : 0;
    }
    index.commit();
    log.accept(file + ": " + deleted + " papers deleted (the file no longer gives them)");
  }

  private static Stamp stamp(Path p) throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      return new Stamp(a.size(), a.lastModifiedTime().toMillis());
    } catch (NoSuchFileException e) {
      return null;
    }
  }
}
