package org.anodex.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.index.PaperDocuments;
import org.anodex.index.Schema;
import org.anodex.paper.Paper;
import org.anodex.search.SearchPlan;
import org.anodex.search.SearchResult;
import org.anodex.search.Snippets;

/**
 * Solr's answers read as the embedded index answers: hits with their snippets, facet counts with
 * the selected values, the bounds of the range fields, and cursors (Solr's cursorMark with the
 * search it continues, so that a cursor of another search is refused).
 */
final class SolrAnswers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SolrAnswers() {}

  static List<SearchResult.Hit> hits(JsonNode r) {
    List<SearchResult.Hit> out = new ArrayList<>();
    JsonNode highlighting = r.path("highlighting");
    for (JsonNode doc : r.path("response").path("docs")) {
      Paper p = PaperDocuments.fromJson(doc.path(Schema.PAPER).asText(), null);
      String snippet = null;
      if (!highlighting.isMissingNode()) {
        JsonNode hl = highlighting.path(p.id());
        for (String f : SolrQueries.SNIPPET_FIELDS) {
          List<String> passages = new ArrayList<>();
          hl.path(f).forEach(x -> passages.add(x.asText().strip()));
          if (!passages.isEmpty() && passages.get(0).contains("<mark>")) {
            snippet = Snippets.escapedAsHtml(String.join(" … ", passages));
            break;
          }
        }
        if (snippet == null) {
          snippet = Snippets.lead(p.abstractText());
        }
      }
      out.add(SearchResult.Hit.of(p, (float) doc.path("score").asDouble(0), snippet));
    }
    return out;
  }

  static Map<String, List<SearchResult.FacetCount>> facetCounts(JsonNode facets, SearchPlan plan) {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : plan.facets()) {
      List<String> selected = plan.filters().getOrDefault(dim, List.of());
      List<SearchResult.FacetCount> counts = new ArrayList<>();
      for (JsonNode b : facets.path("d_" + dim).path("buckets")) {
        String v = b.path("val").asText();
        counts.add(new SearchResult.FacetCount(v, b.path("count").asLong(), selected.contains(v)));
      }
      for (int i = 0; i < selected.size(); i++) {
        String v = selected.get(i);
        if (counts.stream().noneMatch(c -> c.value().equals(v))) {
          counts.add(
              new SearchResult.FacetCount(
                  v, facets.path("sel_" + dim + "_" + i).path("count").asLong(0), true));
        }
      }
      out.put(dim, counts);
    }
    return out;
  }

  /** The smallest and largest value of each range field (fields with no value left out). */
  static Map<String, SearchResult.Range> bounds(JsonNode facets, List<String> fields) {
    Map<String, SearchResult.Range> bounds = new LinkedHashMap<>();
    JsonNode b = facets.path("bounds");
    for (String field : fields) {
      if (b.has("min_" + field)) {
        boolean year = field.equals(Schema.YEAR);
        bounds.put(
            field,
            year
                ? new SearchResult.Range(
                    b.path("min_" + field).asInt(), b.path("max_" + field).asInt())
                : new SearchResult.Range(
                    b.path("min_" + field).asDouble(), b.path("max_" + field).asDouble()));
      }
    }
    return bounds;
  }

  static String encodeCursor(String mark, String searchKey) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(JSON.writeValueAsBytes(Map.of("solr", mark, "search", searchKey)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Solr's cursorMark of a cursor of the plan's search; refused where the cursor is another
   * search's or forged.
   */
  static String decodeCursor(SearchPlan plan) {
    String token = plan.cursor();
    JsonNode c;
    try {
      c = JSON.readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      c = null;
    }
    if (c == null || !c.has("solr")) {
      throw SearchPlan.forgedCursor();
    }
    plan.requireCursorOf(c.path("search").asText());
    return c.path("solr").asText();
  }
}
