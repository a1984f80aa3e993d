package org.anodex.source.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anodex.paper.Paper;

/**
 * Crossref works ({@code GET /works?query=&filter=from-pub-date:&rows=&cursor=}): cursor paging
 * from {@code *}; every page carries a {@code next-cursor}, and the end is the first page without
 * items. Abstracts are JATS ({@code <jats:p>}), stripped of markup; the count is {@code
 * is-referenced-by-count}.
 */
final class CrossrefSource implements HarvestSource {
  static final String NAME = "crossref";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PoliteHttp http;
  private final HarvestQuery query;
  private final String mailto;

  CrossrefSource(PoliteHttp http, HarvestQuery query, String mailto) {
    this.http = http;
    this.query = query;
    this.mailto = mailto;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Page page(String cursor) throws IOException {
    JsonNode root =
        JSON.readTree(
            http.get(
                query.uri(
                    "/works",
                    HarvestQuery.params(
                        "query",
                        query.q(),
                        "filter",
                        query.since() == null ? null : "from-pub-date:" + query.since(),
                        "rows",
                        "100",
                        "cursor",
                        cursor == null ? "*" : cursor,
                        "mailto",
                        mailto))));
    JsonNode message = root.path("message");
    List<Paper> papers = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    int n = 0;
    for (JsonNode item : message.path("items")) {
      n++;
      String doi = item.path("DOI").asText(null);
      try {
        papers.add(paper(item, doi));
      } catch (IllegalArgumentException e) {
        skipped.add(
            new Skipped(
                NAME + " " + (doi == null ? "item " + n + " of the page" : doi), e.getMessage()));
      }
    }
    String next = n == 0 ? null : message.path("next-cursor").asText(null);
    return new Page(
        papers,
        skipped,
        next,
        message.path("total-results").isNumber() ? message.path("total-results").asLong() : null);
  }

  private static Paper paper(JsonNode item, String rawDoi) {
    Paper.Builder b = Paper.builder().doi(rawDoi);
    if (b.doi() == null) {
      throw new IllegalArgumentException(
          rawDoi == null ? "no DOI" : "DOI '" + rawDoi + "' is not one");
    }
    String title = first(item.path("title"));
    if (title == null) {
      throw new IllegalArgumentException("no title");
    }
    b.title(title)
        .journal(first(item.path("container-title")))
        .abstractText(item.path("abstract").asText(null))
        .format(NAME)
        .source(NAME + ":" + b.doi());
    for (JsonNode a : item.path("author")) {
      String name = (a.path("given").asText("") + " " + a.path("family").asText("")).strip();
      b.author(name.isEmpty() ? a.path("name").asText(null) : name);
    }
    for (String field : List.of("published", "published-print", "published-online", "issued")) {
      String date = date(item.path(field).path("date-parts").path(0));
      if (date != null) {
        b.date(date);
        break;
      }
    }
    if (item.path("is-referenced-by-count").isNumber()) {
      b.citations(item.path("is-referenced-by-count").asInt());
    }
    b.sourceId(NAME, b.doi());
    return b.build(NAME + ":" + b.doi());
  }

  /**
   * Crossref's {@code [year, month, day]} (month and day optional) as yyyy, yyyy-mm or yyyy-mm-dd.
   */
  private static String date(JsonNode parts) {
    if (!parts.isArray() || parts.isEmpty() || !parts.get(0).isInt()) {
      return null;
    }
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%04d", parts.get(0).asInt()));
    for (int i = 1; i < Math.min(3, parts.size()); i++) {
      s.append(String.format(Locale.ROOT, "-%02d", parts.get(i).asInt()));
    }
    return s.toString();
  }

  private static String first(JsonNode array) {
    for (JsonNode v : array) {
      if (!v.asText("").isBlank()) {
        return v.asText();
      }
    }
    return array.isTextual() && !array.asText().isBlank() ? array.asText() : null;
  }
}
