package org.anodex.source.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.anodex.paper.Paper;

/**
 * Europe PMC search ({@code GET /search?query=&format=json&resultType=core&pageSize=&cursorMark=}):
 * {@code cursorMark} paging from {@code *}; the end is a page without {@code nextCursorMark}, or
 * with the one it was asked for. {@code --since} becomes {@code FIRST_PDATE:[since TO 3000-12-31]}
 * in the query.
 */
final class EuropePmcSource implements HarvestSource {
  static final String NAME = "europepmc";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PoliteHttp http;
  private final HarvestQuery query;

  EuropePmcSource(PoliteHttp http, HarvestQuery query) {
    this.http = http;
    this.query = query;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Page page(String cursor) throws IOException {
    String q =
        query.since() == null
            ? query.q()
            : "(" + query.q() + ") AND FIRST_PDATE:[" + query.since() + " TO 3000-12-31]";
    String asked = cursor == null ? "*" : cursor;
    JsonNode root =
        JSON.readTree(
            http.get(
                query.uri(
                    "/search",
                    HarvestQuery.params(
                        "query",
                        q,
                        "format",
                        "json",
                        "resultType",
                        "core",
                        "pageSize",
                        "100",
                        "cursorMark",
                        asked))));
    List<Paper> papers = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    JsonNode results = root.path("resultList").path("result");
    for (JsonNode r : results) {
      String id = r.path("source").asText("?") + ":" + r.path("id").asText("?");
      try {
        papers.add(paper(r, id));
      } catch (IllegalArgumentException e) {
        skipped.add(new Skipped(NAME + " " + id, e.getMessage()));
      }
    }
    String next = root.path("nextCursorMark").asText(null);
    if (results.isEmpty() || asked.equals(next)) {
      next = null;
    }
    return new Page(
        papers,
        skipped,
        next,
        root.path("hitCount").isNumber() ? root.path("hitCount").asLong() : null);
  }

  private static Paper paper(JsonNode r, String id) {
    String title = r.path("title").asText(null);
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("no title");
    }
    Paper.Builder b =
        Paper.builder()
            .doi(r.path("doi").asText(null))
            .key(id.replace(':', '-'))
            .title(title)
            .abstractText(r.path("abstractText").asText(null))
            .journal(
                r.path("journalInfo")
                    .path("journal")
                    .path("title")
                    .asText(r.path("journalTitle").asText(null)))
            .date(r.path("firstPublicationDate").asText(null))
            .format(NAME)
            .source(NAME + ":" + id);
    JsonNode authors = r.path("authorList").path("author");
    if (authors.isArray() && !authors.isEmpty()) {
      for (JsonNode a : authors) {
        b.author(a.path("fullName").asText(null));
      }
    } else if (r.hasNonNull("authorString")) {
      for (String a : r.path("authorString").asText().replaceAll("\\.$", "").split(",\\s*")) {
        b.author(a);
      }
    }
    if (b.date() == null && r.path("pubYear").asText("").matches("\\d{4}")) {
      b.year(Integer.parseInt(r.path("pubYear").asText()));
    }
    if (r.path("citedByCount").isNumber()) {
      b.citations(r.path("citedByCount").asInt());
    }
    b.oaUrl(openAccessPdf(r.path("fullTextUrlList").path("fullTextUrl")));
    b.sourceId(NAME, id);
    b.sourceId("pmid", r.path("pmid").asText(null));
    b.sourceId("pmcid", r.path("pmcid").asText(null));
    return b.build(NAME + ":" + id);
  }

  /** The first open-access PDF among the full-text links, else the first open-access link. */
  private static String openAccessPdf(JsonNode links) {
    String any = null;
    for (JsonNode l : links) {
      String availability = l.path("availabilityCode").asText("");
      if (!availability.equals("OA")
          && !l.path("availability").asText("").equalsIgnoreCase("Open access")) {
        continue;
      }
      if (l.path("documentStyle").asText("").equals("pdf")) {
        return l.path("url").asText(null);
      }
      any = any == null ? l.path("url").asText(null) : any;
    }
    return any;
  }
}
