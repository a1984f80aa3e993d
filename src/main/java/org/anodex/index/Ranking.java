package org.anodex.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.config.YamlFiles;
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
 * How plain query words are scored ({@code ranking.yaml}): the fields searched with their weights,
 * and the term-weighting model with its parameters: BM25 (k1, b) or DFR (basic model, after-effect,
 * length normalisation H2 with c); and the weight of a query's meaning beside its words ({@link
 * org.anodex.semantic.HybridQuery}; 0 ranks by the words alone); and how many of a query's words a
 * paper must contain ({@link MinimumMatch}). Measured with {@code anodex eval-ranking}; see
 * docs/HOW-IT-WORKS.md, "Relevance".
 *
 * @param basicModel DFR basic model: {@code ine}, {@code in}, {@code if} or {@code g}
 * @param afterEffect DFR after-effect: {@code b} (Bernoulli) or {@code l} (Laplace)
 */
public record Ranking(
    Map<String, Float> fields,
    String model,
    float k1,
    float b,
    float c,
    String basicModel,
    String afterEffect,
    Semantic semantic,
    MinimumMatch match) {
  private static final Ranking DEFAULTS = load();

  /**
   * How a query's meaning joins its words ({@code semantic:} in ranking.yaml).
   *
   * @param weight the meaning's weight beside the words' (0: the words rank alone)
   * @param window how many of the best word matches the meaning re-ranks: its cost is bounded by
   *     this, not by the number of matches
   */
  public record Semantic(float weight, int window) {
    public Semantic {
      if (weight < 0 || window < 1 || window > 10_000) {
        throw new IllegalArgumentException(
            "semantic: weight >= 0 and window 1..10000, were " + weight + ", " + window);
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
      return parse(in, file.toString());
    }
  }

  public Similarity similarity() {
    return switch (model) {
      case "bm25" -> new BM25Similarity(k1, b);
      case "dfr" ->
          new RememberedScores(
              new DFRSimilarity(
                  basicModel(basicModel), afterEffect(afterEffect), new NormalizationH2(c)));
      default ->
          throw new IllegalArgumentException("unknown ranking model '" + model + "' (bm25 or dfr)");
    };
  }

  private static BasicModel basicModel(String name) {
    return switch (name) {
      case "ine" -> new BasicModelIne();
      case "in" -> new BasicModelIn();
      case "if" -> new BasicModelIF();
      case "g" -> new BasicModelG();
      default ->
          throw new IllegalArgumentException(
              "unknown DFR basic model '" + name + "' (ine, in, if or g)");
    };
  }

  private static AfterEffect afterEffect(String name) {
    return switch (name) {
      case "b" -> new AfterEffectB();
      case "l" -> new AfterEffectL();
      default ->
          throw new IllegalArgumentException("unknown DFR after-effect '" + name + "' (b or l)");
    };
  }

  private static Ranking load() {
    try (InputStream in = Ranking.class.getResourceAsStream("/ranking.yaml")) {
      return parse(in, "ranking.yaml (built in)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** ranking.yaml as written: every key optional, an unknown one an error with its line. */
  private record File(
      @JsonDeserialize(keyUsing = WeightedField.class) Map<String, Float> fields,
      @JsonProperty("minimum_should_match") String minimumShouldMatch,
      String model,
      Dfr dfr,
      Bm25 bm25,
      SemanticKeys semantic) {}

  /** A key of {@code fields:}: one of the text fields a query's words search. */
  static final class WeightedField extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
      if (!PaperFields.weightedNames().contains(key)) {
        throw UnrecognizedPropertyException.from(
            context.getParser(), Map.class, key, List.copyOf(PaperFields.weightedNames()));
      }
      return key;
    }
  }

  private record Dfr(
      @JsonProperty("basic_model") String basicModel,
      @JsonProperty("after_effect") String afterEffect,
      Float c) {}

  private record Bm25(Float k1, Float b) {}

  private record SemanticKeys(Float weight, Integer window) {}

  static Ranking parse(InputStream in, String name) throws IOException {
    File f = YamlFiles.read(in, name, File.class);
    Dfr dfr = f.dfr() == null ? new Dfr(null, null, null) : f.dfr();
    Bm25 bm25 = f.bm25() == null ? new Bm25(null, null) : f.bm25();
    SemanticKeys semantic = f.semantic() == null ? new SemanticKeys(null, null) : f.semantic();
    try {
      Ranking r =
          new Ranking(
              f.fields() == null ? Map.of() : f.fields(),
              or(f.model(), "bm25"),
              or(bm25.k1(), 1.2f),
              or(bm25.b(), 0.75f),
              or(dfr.c(), 1f),
              or(dfr.basicModel(), "ine"),
              or(dfr.afterEffect(), "b"),
              new Semantic(or(semantic.weight(), 0f), or(semantic.window(), 300)),
              new MinimumMatch(or(f.minimumShouldMatch(), "1")));
      r.similarity(); // an unknown model fails here, on loading, not on the first search
      return r;
    } catch (IllegalArgumentException e) {
      throw new IOException(name + ": " + e.getMessage(), e);
    }
  }

  private static <T> T or(T value, T otherwise) {
    return value == null ? otherwise : value;
  }
}
