package org.anodex.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anodex.paper.Paper;

/**
 * Sentence embeddings of papers and queries: all-MiniLM-L6-v2 (Apache-2.0, int8 ONNX, run in-process, 384
 * dimensions, unit length). A paper is embedded from its title and abstract, cut where the model stops
 * reading (it was trained on 256 word pieces); embeddings are kept in an {@link EmbeddingCache}, so that
 * re-ingesting text already seen costs nothing. Queries are remembered for repeated pages. Thread-safe: each
 * caller's thread runs the model (about 20 abstracts a second on two cores).
 */
public final class Embedder {
  /** The model's name: part of every paper's hash and of the cache's file name. */
  public static final String MODEL = "all-MiniLM-L6-v2-q";
  public static final int DIMENSION = 384;
  /** About 256 word pieces of English: what the model reads of a paper. */
  static final int MAX_CHARS = 1200;
  private static final int QUERIES_REMEMBERED = 1024;
  private static Embedder shared;

  private final EmbeddingModel model = new MiniLm();
  private EmbeddingCache cache; // read when a paper is first embedded: a server that only searches never needs it
  private final LongForms longForms = new LongForms();
  private final Map<String, float[]> queries = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > QUERIES_REMEMBERED;
    }
  };

  private Embedder() {}

  /** The process's embedder (the model loads once, in about a second), with the user's cache. */
  public static synchronized Embedder shared() {
    if (shared == null) {
      shared = new Embedder();
    }
    return shared;
  }

  private synchronized EmbeddingCache cache() {
    if (cache == null) {
      cache = EmbeddingCache.open(MODEL, DIMENSION);
    }
    return cache;
  }

  /** What a paper is embedded from: its title and abstract (the first part of its body if it has none). */
  public static String text(Paper p) {
    StringBuilder s = new StringBuilder();
    if (p.title() != null) {
      s.append(p.title());
    }
    String more = p.abstractText() != null ? p.abstractText() : p.body();
    if (more != null) {
      s.append(s.isEmpty() ? "" : "\n").append(more, 0, Math.min(more.length(), MAX_CHARS));
    }
    return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s.toString();
  }

  /** The paper's embedding, or null for a paper with no title, abstract or body. */
  public float[] paper(Paper p) {
    String text = text(p);
    if (text.isBlank()) {
      return null;
    }
    float[] known = cache().get(text);
    if (known != null) {
      return known;
    }
    float[] v = embed(text);
    cache().put(text, v);
    return v;
  }

  /** The embedding of a query's words, with the long forms of the field's shorthand ({@link LongForms}). */
  public float[] query(String words) {
    synchronized (queries) {
      float[] v = queries.get(words);
      if (v != null) {
        return v;
      }
    }
    float[] v = embed(longForms.spellOut(words));
    synchronized (queries) {
      queries.put(words, v);
    }
    return v;
  }

  private float[] embed(String text) {
    return model.embed(text).content().vector();
  }
}
