package org.anodex.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.similarities.AfterEffect;
import org.apache.lucene.search.similarities.AfterEffectB;
import org.apache.lucene.search.similarities.AfterEffectL;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.BasicModel;
import org.apache.lucene.search.similarities.BasicModelG;
import org.apache.lucene.search.similarities.BasicModelIF;
import org.apache.lucene.search.similarities.BasicModelIn;
import org.apache.lucene.search.similarities.BasicModelIne;
import org.apache.lucene.search.similarities.DFRSimilarity;
import org.apache.lucene.search.similarities.NormalizationH2;
import org.apache.lucene.search.similarities.Similarity;

/**
 * How plain query words are scored ({@code ranking.yaml}): the fields searched with their weights, and
 * the term-weighting model with its parameters: BM25 (k1, b) or DFR (basic model, after-effect, length
 * normalisation H2 with c); and the weight of a query's meaning beside its words ({@link
 * org.anodex.semantic.HybridQuery}; 0 ranks by the words alone); and how many of a query's words a paper
 * must contain ({@link MinimumMatch}). Measured with {@code anodex eval-ranking}; see docs/HOW-IT-WORKS.md,
 * "Relevance".
 *
 * @param basicModel DFR basic model: {@code ine}, {@code in}, {@code if} or {@code g}
 * @param afterEffect DFR after-effect: {@code b} (Bernoulli) or {@code l} (Laplace)
 */
public record Ranking(Map<String, Float> fields, String model, float k1, float b, float c, String basicModel,
    String afterEffect, Semantic semantic, MinimumMatch match) {
  private static final Ranking DEFAULTS = load();

  /**
   * How a query's meaning joins its words ({@code semantic:} in ranking.yaml).
   *
   * @param weight the meaning's weight beside the words' (0: the words rank alone)
   * @param window how many of the best word matches the meaning re-ranks: its cost is bounded by this,
   *     not by the number of matches
   */
  public record Semantic(float weight, int window) {
    public static final Set<String> KEYS = Set.of("weight", "window");

    public Semantic {
      if (weight < 0 || window < 1 || window > 10_000) {
        throw new IllegalArgumentException("semantic: weight >= 0 and window 1..10000, were " + weight + ", " + window);
      }
    }

    /** The same weight with another window (for measuring it). */
    public Semantic withWindow(int window) {
      return new Semantic(weight, window);
    }
  }

  /** This ranking with other semantic settings. */
  public Ranking with(Semantic other) {
    return new Ranking(fields, model, k1, b, c, basicModel, afterEffect, other, match);
  }

  /** This ranking with another minimum number of a query's words to match (for measuring it). */
  public Ranking with(MinimumMatch other) {
    return new Ranking(fields, model, k1, b, c, basicModel, afterEffect, semantic, other);
  }

  public Ranking {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public static Ranking defaults() {
    return DEFAULTS;
  }

  public static Ranking read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in);
    }
  }

  public Similarity similarity() {
    return switch (model) {
      case "bm25" -> new BM25Similarity(k1, b);
      case "dfr" -> new DFRSimilarity(basicModel(basicModel), afterEffect(afterEffect), new NormalizationH2(c));
      default -> throw new IllegalArgumentException("unknown ranking model '" + model + "' (bm25 or dfr)");
    };
  }

  private static BasicModel basicModel(String name) {
    return switch (name) {
      case "ine" -> new BasicModelIne();
      case "in" -> new BasicModelIn();
      case "if" -> new BasicModelIF();
      case "g" -> new BasicModelG();
      default -> throw new IllegalArgumentException("unknown DFR basic model '" + name + "' (ine, in, if or g)");
    };
  }

  private static AfterEffect afterEffect(String name) {
    return switch (name) {
      case "b" -> new AfterEffectB();
      case "l" -> new AfterEffectL();
      default -> throw new IllegalArgumentException("unknown DFR after-effect '" + name + "' (b or l)");
    };
  }

  private static Ranking load() {
    try (InputStream in = Ranking.class.getResourceAsStream("/ranking.yaml")) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Ranking parse(InputStream in) throws IOException {
    Map<String, Object> yaml = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
    Map<String, Float> fields = new LinkedHashMap<>();
    ((Map<String, Number>) yaml.get("fields")).forEach((k, v) -> fields.put(k, v.floatValue()));
    Map<String, Number> bm25 = (Map<String, Number>) yaml.getOrDefault("bm25", Map.of());
    Map<String, Object> dfr = (Map<String, Object>) yaml.getOrDefault("dfr", Map.of());
    Map<String, Number> semantic = (Map<String, Number>) yaml.getOrDefault("semantic", Map.of());
    for (String key : semantic.keySet()) {
      if (!Semantic.KEYS.contains(key)) {
        throw new IllegalArgumentException("ranking: unknown key semantic." + key + " (known: "
            + String.join(", ", new java.util.TreeSet<>(Semantic.KEYS)) + ")");
      }
    }
    Ranking r = new Ranking(fields, String.valueOf(yaml.getOrDefault("model", "bm25")),
        bm25.getOrDefault("k1", 1.2f).floatValue(), bm25.getOrDefault("b", 0.75f).floatValue(),
        ((Number) dfr.getOrDefault("c", 1f)).floatValue(), String.valueOf(dfr.getOrDefault("basic_model", "ine")),
        String.valueOf(dfr.getOrDefault("after_effect", "b")),
        new Semantic(semantic.getOrDefault("weight", 0f).floatValue(), semantic.getOrDefault("window", 300).intValue()),
        new MinimumMatch(String.valueOf(yaml.getOrDefault("minimum_should_match", "1"))));
    r.similarity(); // an unknown model fails here, on loading, not on the first search
    return r;
  }
}
