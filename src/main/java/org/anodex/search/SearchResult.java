package org.anodex.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;

/** The answer to a search, in the shape of API.md. */
public record SearchResult(
    long total,
    @JsonProperty("took_ms") long tookMs,
    @JsonProperty("next_cursor") String nextCursor,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    Map<String, Range> ranges,
    @JsonInclude(JsonInclude.Include.NON_NULL) String suggestion,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<Bucket>> histograms) {

  /** An answer without histograms. */
  public SearchResult(
      long total,
      long tookMs,
      String nextCursor,
      List<Hit> hits,
      Map<String, List<FacetCount>> facets,
      Map<String, Range> ranges,
      String suggestion) {
    this(total, tookMs, nextCursor, hits, facets, ranges, suggestion, Map.of());
  }

  /** The same answer, timed anew (an answer kept from an earlier search). */
  public SearchResult tookMs(long ms) {
    return new SearchResult(total, ms, nextCursor, hits, facets, ranges, suggestion, histograms);
  }

  /** The same answer with the histograms asked for ({@code histograms=}). */
  public SearchResult withHistograms(Map<String, List<Bucket>> counted) {
    return new SearchResult(total, tookMs, nextCursor, hits, facets, ranges, suggestion, counted);
  }

  public record Hit(
      String id,
      float score,
      String title,
      List<String> authors,
      Integer year,
      String journal,
      String doi,
      Map<String, List<String>> topics,
      List<Property> properties,
      String snippet,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer citations,
      @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("oa_url") String oaUrl,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("source_ids")
          Map<String, String> sourceIds) {

    /** The hit of a stored paper: its listing fields, with the score and snippet of this search. */
    public static Hit of(Paper p, float score, String snippet) {
      return new Hit(
          p.id(),
          score,
          p.title(),
          p.authors(),
          p.year(),
          p.journal(),
          p.doi(),
          topicMap(p),
          p.properties(),
          snippet,
          p.citations(),
          p.oaUrl(),
          p.sourceIds());
    }

    /** A paper's topics by dimension, each value once, in the order tagged. */
    private static Map<String, List<String>> topicMap(Paper p) {
      Map<String, List<String>> topics = new java.util.LinkedHashMap<>();
      for (org.anodex.paper.Topic t : p.topics()) {
        List<String> values =
            topics.computeIfAbsent(t.dimension(), k -> new java.util.ArrayList<>());
        if (!values.contains(t.value())) {
          values.add(t.value());
        }
      }
      return topics;
    }
  }

  public record FacetCount(String value, long count, boolean selected) {}

  public record Range(Number min, Number max) {}

  /**
   * A bucket of a histogram: the number of matching papers with at least one value of the field in
   * {@code [from, to)} (a paper with values in several buckets counts in each; a range value such
   * as 1-3 µm counts where either end falls).
   */
  public record Bucket(Number from, Number to, long count) {}
}
