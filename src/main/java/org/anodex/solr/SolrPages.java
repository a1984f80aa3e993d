package org.anodex.solr;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Walks every document of a Solr query with cursorMark, a page at a time, in constant memory. */
final class SolrPages {
  private SolrPages() {}

  /** Receives one Solr document; may fail. */
  @FunctionalInterface
  interface DocConsumer {
    void accept(JsonNode doc) throws IOException;
  }

  static long walk(
      SolrHttp solr,
      String collection,
      String query,
      List<String> filters,
      String sort,
      String fields,
      int pageSize,
      DocConsumer consumer)
      throws IOException {
    return walk(solr, collection, query, Map.of(), filters, sort, fields, pageSize, consumer);
  }

  static long walk(
      SolrHttp solr,
      String collection,
      String query,
      Map<String, Object> params,
      List<String> filters,
      String sort,
      String fields,
      int pageSize,
      DocConsumer consumer)
      throws IOException {
    String cursor = "*";
    long n = 0;
    while (true) {
      Map<String, Object> p = new LinkedHashMap<>(params);
      p.put("cursorMark", cursor);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("query", query);
      body.put("filter", filters);
      body.put("limit", pageSize);
      body.put("sort", sort);
      body.put("fields", fields);
      body.put("params", p);
      JsonNode r = solr.post("/" + collection + "/query", body);
      for (JsonNode doc : r.path("response").path("docs")) {
        consumer.accept(doc);
        n++;
      }
      String next = r.path("nextCursorMark").asText(cursor);
      if (next.equals(cursor)) {
        return n;
      }
      cursor = next;
    }
  }
}
