package org.anodex.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anodex.paper.Embedding;
import org.anodex.paper.Paper;

/**
 * Sentence embeddings of papers and queries: all-MiniLM-L6-v2 ({@link Embedding#MODEL}: Apache-2.0,
 * int8 ONNX, run in-process, 384 dimensions, unit length), from the text {@link Embedding#text}
 * gives. Paper embeddings are kept in an {@link EmbeddingCache}, so that re-ingesting text already
 * seen costs nothing; queries are remembered for repeated pages. The model loads (about a second)
 * on the first text embedded, so a process that never ranks by meaning never loads it. Thread-safe:
 * each caller's thread runs the model (about 20 abstracts a second on two cores). One per process:
 * each instance loads its own model.
 */
public final class MiniLmEmbedder implements Embedder {
  private static final int QUERIES_REMEMBERED = 1024;

  private EmbeddingModel model; // loaded on the first text embedded
  private EmbeddingCache
      cache; // read when a paper is first embedded: a server that only searches never needs it
  private final LongForms longForms = new LongForms();
  private final Map<String, float[]> queries =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > QUERIES_REMEMBERED;
        }
      };

  private synchronized EmbeddingCache cache() {
    if (cache == null) {
      cache = EmbeddingCache.open(Embedding.MODEL, Embedding.DIMENSION);
    }
    return cache;
  }

  @Override
  public void load() {
    model();
  }

  /** Whether the model is loaded (what a search or write with the meaning off must not do). */
  synchronized boolean loaded() {
    return model != null;
  }

  private synchronized EmbeddingModel model() {
    if (model == null) {
      model = new MiniLm();
    }
    return model;
  }

  @Override
  public float[] paper(Paper p) {
    String text = Embedding.text(p);
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

  /**
   * The embedding of a query's words, with the long forms of the field's shorthand ({@link
   * LongForms}).
   */
  @Override
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
    return model().embed(text).content().vector();
  }
}
