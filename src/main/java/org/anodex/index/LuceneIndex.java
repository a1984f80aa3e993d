package org.anodex.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.anodex.paper.Paper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The embedded index: a Lucene index in a folder. Opened for writing it holds Lucene's write lock,
 * so a second writer (another ingest, a CLI command beside a running server) is refused with a
 * message instead of corrupting anything. Commits are Lucene commits: atomic and fsynced, so a
 * crash loses at most what was written since the last one.
 */
public final class LuceneIndex implements PaperIndex {
  private static final String DELETED = "";

  /**
   * Segments are flushed at commits or when the indexing threads' buffers reach this much: larger
   * buffers make fewer, larger segments, so less merging behind a bulk ingest
   * (docs/MEASUREMENTS.md).
   */
  static final int RAM_BUFFER_MB = 256;

  private final Path path;
  private final Schema schema;
  private final PaperDocuments documents;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final IdLookup ids;

  /** Writes since the searchers were last refreshed (id to hash; DELETED for a delete). */
  private final Map<String, String> recent = new ConcurrentHashMap<>();

  private final ReadWriteLock refreshLock = new ReentrantReadWriteLock();
  private static final Query PENDING =
      new TermQuery(new Term(Schema.EMBEDDING_PENDING, Schema.EMBEDDING_PENDING));

  private LuceneIndex(Path path, Schema schema, Directory directory, IndexWriter writer)
      throws IOException {
    this.path = path;
    this.schema = schema;
    this.directory = directory;
    this.writer = writer;
    this.searchers =
        writer != null
            ? new SearcherManager(writer, FacetedSearcher.factory(schema))
            : new SearcherManager(directory, FacetedSearcher.factory(schema));
    IndexSearcher s = searchers.acquire();
    try {
      this.documents =
          new PaperDocuments(
              schema,
              PaperDocuments.withoutOffsets(FieldInfos.getMergedFieldInfos(s.getIndexReader())));
    } finally {
      searchers.release(s);
    }
    this.ids = new IdLookup(searchers, documents);
  }

  public static LuceneIndex openForWriting(Path path, Schema schema) throws IOException {
    Files.createDirectories(path);
    Directory dir = FSDirectory.open(path);
    IndexWriterConfig config =
        new IndexWriterConfig(schema.analyzer())
            .setSimilarity(schema.ranking().similarity())
            .setCodec(FlatVectors.CODEC)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(RAM_BUFFER_MB)
            // expungeDeletes leaves no deleted copy behind (the default leaves segments under 10 %
            // deleted alone, whose copies then sway the term statistics, and so the ranking, by how
            // the writes fell).
            .setMergePolicy(new TieredMergePolicy().setForceMergeDeletesPctAllowed(0))
            .setCommitOnClose(true);
    try {
      IndexWriter writer = new IndexWriter(dir, config);
      if (!DirectoryReader.indexExists(dir)) {
        writer.commit(); // an empty index that readers can open
      }
      return new LuceneIndex(path, schema, dir, writer);
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IndexBusyException(
          "the index at "
              + path
              + " is in use by another process (a running"
              + " 'anodex serve'?); write through it with --server URL, or stop it first",
          e);
    }
  }

  public static LuceneIndex openReadOnly(Path path, Schema schema) throws IOException {
    requireExisting(path);
    Directory dir = FSDirectory.open(path);
    return new LuceneIndex(path, schema, dir, null);
  }

  /**
   * Fails with a one-line reason where {@code path} holds no index (and creates no folder there).
   */
  public static void requireExisting(Path path) throws IOException {
    boolean exists = false;
    if (Files.isDirectory(path)) {
      try (Directory dir = FSDirectory.open(path)) {
        exists = DirectoryReader.indexExists(dir);
      }
    }
    if (!exists) {
      throw new IOException(
          "no index at " + path.toAbsolutePath() + " (run 'anodex ingest' first)");
    }
  }

  public Schema schema() {
    return schema;
  }

  public PaperDocuments documents() {
    return documents;
  }

  public FacetedSearcher acquire() throws IOException {
    return (FacetedSearcher) searchers.acquire();
  }

  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  @Override
  public Outcome upsert(Paper paper, float[] embedding) throws IOException {
    requireWriter();
    String hash = PaperDocuments.hash(paper);
    refreshLock
        .readLock()
        .lock(); // no refresh meanwhile: the indexed hash read here stays the searchers'
    try {
      String known = recent.get(paper.id());
      String indexed = known != null ? known : ids.hash(paper.id());
      // A changed paper whose embedded text is unchanged (retagged, a new body) keeps its vector:
      // its ranking by meaning does not lapse until the background embedder comes by with the same
      // vector.
      float[] vector =
          embedding == null && indexed != null && !DELETED.equals(indexed) && !hash.equals(indexed)
              ? ids.keptEmbedding(paper)
              : embedding;
      // An unchanged paper's document is not built (analysing its text is most of the cost of a
      // write).
      Document doc = hash.equals(indexed) ? null : documents.toDocument(paper, hash, vector);
      Outcome[] outcome = new Outcome[1];
      recent.compute(
          paper.id(),
          (id, previous) -> {
            String existing = previous != null ? previous : indexed;
            outcome[0] =
                existing == null || existing.equals(DELETED)
                    ? Outcome.ADDED
                    : existing.equals(hash) ? Outcome.UNCHANGED : Outcome.UPDATED;
            return hash;
          });
      if (outcome[0] != Outcome.UNCHANGED) {
        writer.updateDocument(
            new Term(Schema.ID, paper.id()),
            doc != null ? doc : documents.toDocument(paper, hash, vector));
      }
      return outcome[0];
    } finally {
      refreshLock.readLock().unlock();
    }
  }

  /**
   * Rewrites a paper with its embedding, unless it changed or went since {@code hash} was read (a
   * write meanwhile wins; the new version is marked to embed in its turn). Returns whether it was
   * written.
   */
  public boolean addEmbedding(Paper paper, String hash, float[] embedding) throws IOException {
    requireWriter();
    refreshLock.readLock().lock();
    try {
      boolean[] written = new boolean[1];
      IOException[] failed = new IOException[1];
      // Inside compute: no upsert or delete of this id runs between the hash check and the rewrite.
      recent.compute(
          paper.id(),
          (id, previous) -> {
            String current = previous != null ? previous : ids.hash(id);
            if (hash.equals(current)) {
              try {
                writer.updateDocument(
                    new Term(Schema.ID, id), documents.toDocument(paper, hash, embedding));
                written[0] = true;
              } catch (IOException e) {
                failed[0] = e;
              }
            }
            return current;
          });
      if (failed[0] != null) {
        throw failed[0];
      }
      return written[0];
    } finally {
      refreshLock.readLock().unlock();
    }
  }

  /**
   * Up to {@code max} papers still to embed, with their hashes, as the searchers see them (a paper
   * embedded since the last refresh may come again; {@link #addEmbedding} then writes the same
   * vector over it).
   */
  public List<PendingPaper> pendingEmbeddings(int max) throws IOException {
    FacetedSearcher s = acquire();
    try {
      List<PendingPaper> out = new ArrayList<>();
      TopDocs top = s.search(PENDING, max);
      StoredFields stored = s.storedFields();
      for (ScoreDoc d : top.scoreDocs) {
        Document doc = stored.document(d.doc);
        out.add(new PendingPaper(documents.toPaper(doc), doc.get(Schema.HASH)));
      }
      return out;
    } finally {
      release(s);
    }
  }

  /** How many papers still wait for their embedding, as the searchers see it. */
  public int pendingEmbeddingCount() throws IOException {
    FacetedSearcher s = acquire();
    try {
      return s.count(PENDING);
    } finally {
      release(s);
    }
  }

  /** A paper to embed and the hash it was read with. */
  public record PendingPaper(Paper paper, String hash) {}

  @Override
  public boolean delete(String id) throws IOException {
    requireWriter();
    refreshLock.readLock().lock();
    try {
      boolean[] existed = new boolean[1];
      recent.compute(
          id,
          (k, previous) -> {
            String existing = previous != null ? previous : ids.hash(k);
            existed[0] = existing != null && !existing.equals(DELETED);
            return DELETED;
          });
      if (existed[0]) {
        writer.deleteDocuments(new Term(Schema.ID, id));
      }
      return existed[0];
    } finally {
      refreshLock.readLock().unlock();
    }
  }

  @Override
  public void commit() throws IOException {
    requireWriter();
    writer.commit();
    refresh();
  }

  /**
   * Merges away the deleted copies of rewritten papers, and commits. Until then they still count in
   * the term statistics that score every search (document frequencies, field lengths), so an index
   * whose papers were all rewritten with their embeddings would rank a little differently from one
   * written once. A merge already running when this is called is left out by {@code
   * forceMergeDeletes} (it waits only for the merges it starts) and carries the deletes that
   * arrived meanwhile into its new segment: so wait for running merges and expunge again until none
   * is left.
   */
  public void expungeDeletes() throws IOException {
    requireWriter();
    for (int i = 0; i < 5 && writer.hasDeletions(); i++) {
      writer.forceMergeDeletes(true);
      if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler running) {
        running.sync();
      }
    }
    commit();
  }

  /**
   * Segments smaller than this are merged into one at the end of a bulk write ({@link
   * #mergeSmallSegments}).
   */
  public static final long SMALL_SEGMENT_BYTES = 256L << 20;

  /**
   * Commits, merges the segments smaller than {@code small} bytes into one and commits again;
   * answers how many were merged (0: fewer than two). Each search pays for every segment: its terms
   * are sought, its scorers and facet counts set up, segment by segment. A bulk write leaves many
   * small segments behind (one at least per commit), which the merge policy leaves alone until
   * there are ten of a size; merging them once the write is done costs a copy of their bytes alone.
   */
  public int mergeSmallSegments(long small) throws IOException {
    commit();
    int large = 0;
    int smaller = 0;
    for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
      if (segment.sizeInBytes() >= small) {
        large++;
      } else {
        smaller++;
      }
    }
    if (smaller < 2) {
      return 0;
    }
    // A forced merge to n segments merges the smallest first (TieredMergePolicy).
    writer.forceMerge(large + 1);
    commit();
    return smaller;
  }

  /** Drops every write since the last commit (what a crash would lose). */
  public void rollback() throws IOException {
    requireWriter();
    writer.rollback();
  }

  /** Makes writes visible to new searches (near-real-time, without a commit). */
  public void refresh() throws IOException {
    refreshLock.writeLock().lock();
    try {
      searchers.maybeRefreshBlocking();
      recent.clear();
    } finally {
      refreshLock.writeLock().unlock();
    }
  }

  /** The stored paper of an id, or null. */
  public Paper get(String id) throws IOException {
    FacetedSearcher s = acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(Schema.ID, id)), 1);
      return top.scoreDocs.length == 0
          ? null
          : documents.toPaper(s.storedFields().document(top.scoreDocs[0].doc));
    } finally {
      release(s);
    }
  }

  @Override
  public void forEach(Consumer<Paper> consumer) throws IOException {
    FacetedSearcher s = acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            consumer.accept(documents.toPaper(stored.document(d)));
          }
        }
      }
    } finally {
      release(s);
    }
  }

  /**
   * Whether papers written by an Anodex before facet layout 5 remain (their facets in Lucene's one
   * default field): their facets are neither counted nor filtered by until {@code anodex retag}
   * rewrites them.
   */
  public boolean oldFacetLayout() throws IOException {
    FacetedSearcher s = acquire();
    try {
      // Live papers only: a merged segment keeps the field's name after its papers are rewritten.
      return s.count(new FieldExistsQuery(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) > 0;
    } finally {
      release(s);
    }
  }

  @Override
  public IndexStats stats() throws IOException {
    FacetedSearcher s = acquire();
    try {
      Map<String, Integer> values = new LinkedHashMap<>();
      for (String dim : schema.facetDimensions()) {
        SortedSetDocValuesReaderState state = s.facetState(dim);
        SortedSetDocValuesReaderState.OrdRange range =
            state == null ? null : state.getOrdRange(dim);
        values.put(dim, range == null ? 0 : range.end - range.start + 1);
      }
      long size = 0;
      for (String file : directory.listAll()) {
        if (!file.equals("write.lock")) {
          size += directory.fileLength(file);
        }
      }
      return new IndexStats(
          s.getIndexReader().numDocs(), values, size, path.toAbsolutePath().toString());
    } finally {
      release(s);
    }
  }

  private void requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("index opened read-only");
    }
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    if (writer != null && writer.isOpen()) {
      writer.close();
    }
    directory.close();
  }
}
