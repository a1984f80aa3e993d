package org.anodex.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query classes of one system, from a {@code bench/scale-*.tasks} file: luceneutil's {@code
 * Category: request} lines, where the request is a query string written unencoded, with {@code {q}}
 * (the query's words) and {@code {year}} (its filter year) filled in per query.
 */
public record Tasks(Map<String, String> templates) {

  public static Tasks read(Path file) throws IOException {
    Map<String, String> t = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      String l = line.strip();
      int colon = l.indexOf(':');
      if (l.isEmpty() || l.startsWith("#") || colon < 0) {
        continue;
      }
      t.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
    }
    return new Tasks(t);
  }

  public List<String> categories() {
    return new ArrayList<>(templates.keySet());
  }

  /** The request's parameters, in order, with the query filled in (repeated keys kept). */
  public List<Map.Entry<String, String>> params(String category, String words, int year) {
    String template = templates.get(category);
    if (template == null) {
      throw new IllegalArgumentException("no task " + category);
    }
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String pair : template.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value =
          eq < 0
              ? ""
              : pair.substring(eq + 1)
                  .replace("{q}", words)
                  .replace("{year}", String.valueOf(year));
      out.add(Map.entry(key, value));
    }
    return out;
  }

  /** The encoded query string of a request. */
  public String queryString(String category, String words, int year) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, String> e : params(category, words, year)) {
      s.append(s.isEmpty() ? "" : "&")
          .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return s.toString();
  }
}
