package org.anodex.solr;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.anodex.index.IndexStats;
import org.anodex.index.PaperDocuments;
import org.anodex.index.PaperIndex;
import org.anodex.index.Schema;
import org.anodex.paper.Paper;

/**
 * The writing side on SolrCloud: papers go to a collection of the shipped configset, in batches;
 * {@link #commit()} makes them durable and visible. Whether a paper changed is told from the hash
 * stored with it. This writer assumes it is the collection's only writer while it runs (as the
 * embedded index's write lock enforces); the server's writes and {@code ingest --server} go through
 * one writer. A paper is written with its embedding, the record's own or else computed here, before
 * the write: the background embedding of the embedded index has no counterpart on SolrCloud.
 */
public final class SolrIndex implements PaperIndex {
  private static final int BATCH = 200;
  private static final String DELETED = "";

  private final SolrHttp solr;
  private final String collection;
  private final Schema schema;
  private final List<Map<String, Object>> pending = new ArrayList<>();
  private final Map<String, String> recent = new ConcurrentHashMap<>();
  private volatile boolean loaded;

  private final Function<Paper, float[]> embedder;

  /**
   * @param embedder a paper's embedding, or null for a paper without text (called for papers that
   *     bring none)
   */
  public SolrIndex(
      SolrHttp solr, String collection, Schema schema, Function<Paper, float[]> embedder) {
    this.solr = solr;
    this.collection = collection;
    this.schema = schema;
    this.embedder = embedder;
  }

  String path(String handler) {
    return "/" + collection + handler;
  }

  @Override
  public Outcome upsert(Paper paper, float[] embedding) throws IOException {
    String hash = PaperDocuments.hash(paper);
    String previous = knownHashes().get(paper.id());
    Outcome outcome =
        previous == null || previous.equals(DELETED)
            ? Outcome.ADDED
            : previous.equals(hash) ? Outcome.UNCHANGED : Outcome.UPDATED;
    if (outcome != Outcome.UNCHANGED) {
      recent.put(paper.id(), hash);
      float[] vector = embedding != null ? embedding : embedder.apply(paper);
      List<Map<String, Object>> batch = null;
      synchronized (pending) {
        pending.add(
            SolrDocuments.toDocument(
                paper, hash, vector, schema.topicDimensions(), schema.propertyUnits().keySet()));
        if (pending.size() >= BATCH) {
          batch = new ArrayList<>(pending);
          pending.clear();
        }
      }
      if (batch != null) {
        solr.post(path("/update"), batch);
      }
    }
    return outcome;
  }

  /**
   * The hash of every paper in the collection, read once with a cursor walk (one request per 10,000
   * papers instead of one per paper), then kept up to date by this writer's own writes.
   */
  private Map<String, String> knownHashes() throws IOException {
    if (!loaded) {
      synchronized (recent) {
        if (!loaded) {
          SolrPages.walk(
              solr,
              collection,
              "*:*",
              List.of(),
              "id asc",
              Schema.ID + "," + Schema.HASH,
              10_000,
              doc ->
                  recent.putIfAbsent(doc.path(Schema.ID).asText(), doc.path(Schema.HASH).asText()));
          loaded = true;
        }
      }
    }
    return recent;
  }

  @Override
  public boolean delete(String id) throws IOException {
    flush();
    String previous = knownHashes().get(id);
    boolean existed = previous != null && !previous.equals(DELETED);
    if (existed) {
      solr.post(path("/update"), Map.of("delete", Map.of("id", id)));
      recent.put(id, DELETED);
    }
    return existed;
  }

  private void flush() throws IOException {
    List<Map<String, Object>> batch;
    synchronized (pending) {
      batch = new ArrayList<>(pending);
      pending.clear();
    }
    if (!batch.isEmpty()) {
      solr.post(path("/update"), batch);
    }
  }

  @Override
  public void commit() throws IOException {
    flush();
    solr.post(path("/update?commit=true&waitSearcher=true"), Map.of());
  }

  @Override
  public void forEach(Consumer<Paper> consumer) throws IOException {
    SolrPages.walk(
        solr,
        collection,
        "*:*",
        List.of(),
        "id asc",
        Schema.PAPER + "," + Schema.BODY,
        200,
        doc ->
            consumer.accept(
                PaperDocuments.fromJson(
                    doc.path(Schema.PAPER).asText(), doc.path(Schema.BODY).asText(null))));
  }

  @Override
  public IndexStats stats() throws IOException {
    Map<String, Object> facet = new LinkedHashMap<>();
    for (String dim : schema.facetDimensions()) {
      facet.put(dim, "unique(" + SolrDocuments.facetField(dim) + ")");
    }
    JsonNode r = solr.post(path("/query"), Map.of("query", "*:*", "limit", 0, "facet", facet));
    Map<String, Integer> values = new LinkedHashMap<>();
    for (String dim : schema.facetDimensions()) {
      values.put(dim, r.path("facets").path(dim).asInt(0));
    }
    return new IndexStats(
        r.path("response").path("numFound").asInt(), values, -1, "solr:" + collection);
  }

  @Override
  public void close() throws IOException {
    commit();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
