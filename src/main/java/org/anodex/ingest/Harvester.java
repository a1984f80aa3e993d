package org.anodex.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.anodex.index.PaperIndex;
import org.anodex.paper.Paper;
import org.anodex.paper.PaperIds;
import org.anodex.paper.PaperMerge;
import org.anodex.source.harvest.Checkpoint;
import org.anodex.source.harvest.HarvestSource;

/**
 * A harvest: a source's pages, each page's papers merged with the papers the target already holds
 * under the same DOI or arXiv id, ingested (enriched, written, committed) like a file's, then the
 * checkpoint moved past the page. A harvest killed at any point and run again goes on from the last
 * committed page; papers of the page it was on are written again, unchanged.
 */
public final class Harvester {
  /**
   * Where a harvest's papers are held and written: an index the harvest opened itself ({@link
   * #index}), or a running server that holds the index ({@code --server}).
   */
  public interface Target {
    /**
     * The paper held under {@code id}, unenriched (as read from its source), where there is one.
     */
    Optional<Paper> find(String id) throws IOException;

    /** Writes (enriches, indexes, commits) the papers; a failure of the target itself is thrown. */
    IngestSummary write(List<Paper> papers) throws IOException;

    /** Deletes papers superseded by a merge (committed). */
    void delete(Set<String> ids) throws IOException;

    /** An index written here, its papers read by {@code lookup}. */
    static Target index(Ingester ingester, PaperIndex index, Lookup lookup) {
      return new Target() {
        @Override
        public Optional<Paper> find(String id) throws IOException {
          return lookup.find(id).map(Paper::unenriched);
        }

        @Override
        public IngestSummary write(List<Paper> papers) throws IOException {
          return ingester.ingestPapers(papers);
        }

        @Override
        public void delete(Set<String> ids) throws IOException {
          for (String gone : ids) {
            index.delete(gone);
          }
          if (!ids.isEmpty()) {
            index.commit();
          }
        }
      };
    }
  }

  /** Reads the stored paper of an id, where there is one. */
  @FunctionalInterface
  public interface Lookup {
    Optional<Paper> find(String id) throws IOException;
  }

  private final HarvestSource source;
  private final Target target;
  private final Checkpoint checkpoint;
  private final long max;
  private final Consumer<String> log;
  private OpenAccessPdfs pdfs;

  public Harvester(
      HarvestSource source, Target target, Checkpoint checkpoint, long max, Consumer<String> log) {
    this.source = source;
    this.target = target;
    this.checkpoint = checkpoint;
    this.max = max;
    this.log = log;
  }

  /** Also downloads each paper's open-access PDF and ingests its text into the paper. */
  public Harvester withPdfs(OpenAccessPdfs pdfs) {
    this.pdfs = pdfs;
    return this;
  }

  /**
   * Every outcome of a harvest: records read, papers added / updated / unchanged, records skipped
   * (why).
   */
  public record Summary(
      long records,
      int added,
      int updated,
      int unchanged,
      int merged,
      int pages,
      List<HarvestSource.Skipped> skipped,
      List<IngestSummary.Failure> failures,
      Duration took,
      boolean resumed) {
    public String toText() {
      StringBuilder s =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%d records in %d pages%s: %d papers added, %d updated, %d unchanged (%d merged with a paper already held),"
                      + " %d skipped, %d failed (%.1f s)%n",
                  records,
                  pages,
                  resumed ? " (resumed)" : "",
                  added,
                  updated,
                  unchanged,
                  merged,
                  skipped.size(),
                  failures.size(),
                  took.toMillis() / 1000.0));
      skipped.forEach(
          k ->
              s.append("  skipped ")
                  .append(k.record())
                  .append(": ")
                  .append(k.reason())
                  .append('\n'));
      failures.forEach(
          f ->
              s.append("  failed ").append(f.where()).append(": ").append(f.reason()).append('\n'));
      return s.toString();
    }
  }

  public Summary run() throws IOException {
    long t0 = System.nanoTime();
    Checkpoint.State state = checkpoint.load();
    boolean resumed = state != null;
    String cursor = resumed ? state.cursor() : null;
    long records = resumed ? state.records() : 0;
    if (resumed) {
      log.accept(
          source.name()
              + ": resuming after "
              + records
              + " records (checkpoint "
              + checkpoint.file()
              + ")");
    }
    long startRecords = records;
    int added = 0, updated = 0, unchanged = 0, merged = 0, pages = 0;
    List<HarvestSource.Skipped> skipped = new ArrayList<>();
    List<IngestSummary.Failure> failures = new ArrayList<>();
    while (records < max) {
      HarvestSource.Page page = source.page(cursor);
      pages++;
      List<Paper> papers =
          page.papers().subList(0, (int) Math.min(page.papers().size(), max - records));
      Resolved resolved = resolve(papers);
      IngestSummary written = target.write(resolved.papers);
      target.delete(resolved.superseded);
      added += written.added();
      updated += written.updated();
      unchanged += written.unchanged();
      merged += resolved.merged;
      failures.addAll(written.failures());
      page.skipped()
          .forEach(k -> log.accept(source.name() + ": skipped " + k.record() + ": " + k.reason()));
      skipped.addAll(page.skipped());
      records += papers.size();
      cursor = page.next();
      progress(records, startRecords, page.total(), t0);
      if (cursor == null) {
        break;
      }
      checkpoint.save(new Checkpoint.State(cursor, records));
    }
    checkpoint.delete();
    return new Summary(
        records,
        added,
        updated,
        unchanged,
        merged,
        pages,
        skipped,
        failures,
        Duration.ofNanos(System.nanoTime() - t0),
        resumed);
  }

  private record Resolved(List<Paper> papers, Set<String> superseded, int merged) {}

  /**
   * Each record as the paper it is: merged with the paper held under its id and, for a paper that
   * arXiv also has, with the paper held under arXiv's DOI (which then goes: the journal's DOI names
   * the paper). Two records of one page that are one paper become one.
   */
  private Resolved resolve(List<Paper> records) throws IOException {
    Map<String, Paper> byId = new LinkedHashMap<>();
    Set<String> superseded = new LinkedHashSet<>();
    int merged = 0;
    for (Paper record : records) {
      Paper paper = record;
      for (String id : ids(record)) {
        Paper held = byId.containsKey(id) ? byId.get(id) : target.find(id).orElse(null);
        if (held != null) {
          paper = PaperMerge.merge(record.id(), held, paper);
          merged++;
          if (!id.equals(record.id())) {
            superseded.add(id);
            byId.remove(id);
          }
        }
      }
      byId.put(record.id(), paper);
    }
    superseded.removeAll(byId.keySet());
    if (pdfs != null) {
      for (Map.Entry<String, Paper> e : byId.entrySet()) {
        e.setValue(pdfs.withFullText(e.getValue()));
      }
    }
    return new Resolved(new ArrayList<>(byId.values()), superseded, merged);
  }

  /** The ids a record's paper may be held under: its own, then that of its arXiv DOI. */
  private static List<String> ids(Paper record) {
    List<String> ids = new ArrayList<>(List.of(record.id()));
    String arxiv = record.sourceIds().get("arxiv");
    if (arxiv != null && record.doi() != null && !PaperMerge.isArxivDoi(record.doi())) {
      ids.add(PaperIds.of(PaperMerge.arxivDoi(arxiv), null, null));
    }
    return ids;
  }

  private void progress(long records, long startRecords, Long total, long t0) {
    double seconds = Math.max(0.001, (System.nanoTime() - t0) / 1e9);
    double rate = (records - startRecords) / seconds;
    StringBuilder s = new StringBuilder(source.name() + ": " + records + " records");
    long goal = total == null ? max : Math.min(total, max);
    if (goal != Long.MAX_VALUE) {
      s.append(" of ").append(goal);
    }
    s.append(String.format(Locale.ROOT, ", %.1f/s", rate));
    if (goal != Long.MAX_VALUE && rate > 0 && goal > records) {
      long eta = (long) ((goal - records) / rate);
      s.append(
          String.format(Locale.ROOT, ", ETA %d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60));
    }
    log.accept(s.toString());
  }
}
