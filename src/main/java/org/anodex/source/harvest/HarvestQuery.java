package org.anodex.source.harvest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a harvest asks a source: the query text, the earliest publication date ({@code since}, ISO
 * yyyy-mm-dd, or null), and where the API is ({@code apiUrl}: the source's own address, a mirror,
 * or a test server).
 */
public record HarvestQuery(String q, String since, URI apiUrl) {

  /**
   * {@code path} under the API's address with the parameters, URL-encoded; null values left out.
   */
  URI uri(String path, Map<String, String> params) {
    StringJoiner query = new StringJoiner("&");
    params.forEach(
        (k, v) -> {
          if (v != null) {
            query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
          }
        });
    String base = apiUrl.toString().replaceAll("/+$", "");
    return URI.create(base + path + (query.length() == 0 ? "" : "?" + query));
  }

  static Map<String, String> params(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
