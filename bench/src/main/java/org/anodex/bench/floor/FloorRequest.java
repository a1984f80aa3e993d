package org.anodex.bench.floor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One floor request, from its task's parameters ({@code q}, {@code facets}, {@code facet_size},
 * {@code filter=DIM:VALUE}, {@code sort=-date}, {@code highlight}): the subset of Anodex's
 * parameters the floor answers.
 */
record FloorRequest(
    String q,
    List<String> facets,
    int facetSize,
    List<String[]> filters,
    boolean byDate,
    boolean highlight) {

  static FloorRequest of(List<Map.Entry<String, String>> params) {
    String q = "";
    List<String> facets = List.of();
    int facetSize = 10;
    List<String[]> filters = new ArrayList<>();
    boolean byDate = false;
    boolean highlight = false;
    for (Map.Entry<String, String> e : params) {
      String v = e.getValue();
      switch (e.getKey()) {
        case "q" -> q = v;
        case "facets" -> facets = v.isBlank() ? List.of() : List.of(v.split(","));
        case "facet_size" -> facetSize = Integer.parseInt(v);
        case "filter" -> filters.add(v.split(":", 2));
        case "sort" -> byDate = v.equals("-date");
        case "highlight" -> highlight = Boolean.parseBoolean(v);
        default -> throw new IllegalArgumentException("the floor does not know " + e.getKey());
      }
    }
    return new FloorRequest(q, facets, facetSize, filters, byDate, highlight);
  }
}
