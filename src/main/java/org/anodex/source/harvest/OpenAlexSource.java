package org.anodex.source.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.anodex.paper.Paper;

/**
 * OpenAlex works ({@code GET /works?search=&filter=&per_page=&cursor=}): cursor paging from {@code
 * *} to the page whose {@code meta.next_cursor} is null. Abstracts come as {@code
 * abstract_inverted_index} (each word with its positions) and are rebuilt in word order. {@code
 * harvest doi} asks for DOIs fifty at a time with {@code filter=doi:A|B|...}, the same pages.
 */
final class OpenAlexSource implements HarvestSource {
  static final String NAME = "openalex";

  /** The most DOIs one OR filter may hold. */
  static final int DOIS_PER_REQUEST = 50;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final PoliteHttp http;
  private final HarvestQuery query;
  private final String mailto;
  private final String filter;
  private final String apiKey;

  OpenAlexSource(PoliteHttp http, HarvestQuery query, String mailto, String apiKey) {
    this(
        http,
        query,
        mailto,
        apiKey,
        query.since() == null ? null : "from_publication_date:" + query.since());
  }

  private OpenAlexSource(
      PoliteHttp http, HarvestQuery query, String mailto, String apiKey, String filter) {
    this.http = http;
    this.query = query;
    this.mailto = mailto;
    this.apiKey = apiKey;
    this.filter = filter;
  }

  /** The works of these DOIs (at most {@link #DOIS_PER_REQUEST}). */
  static OpenAlexSource byDois(
      PoliteHttp http, HarvestQuery query, String mailto, String apiKey, List<String> dois) {
    return new OpenAlexSource(
        http,
        new HarvestQuery(null, null, query.apiUrl()),
        mailto,
        apiKey,
        "doi:" + String.join("|", dois));
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
                        "search",
                        query.q(),
                        "filter",
                        filter,
                        "per_page",
                        "100",
                        "cursor",
                        cursor == null ? "*" : cursor,
                        "mailto",
                        mailto,
                        "api_key",
                        apiKey))));
    List<Paper> papers = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (JsonNode work : root.path("results")) {
      String id = shortId(work.path("id").asText(null));
      try {
        papers.add(paper(work, id));
      } catch (IllegalArgumentException e) {
        skipped.add(
            new Skipped(NAME + " " + (id == null ? "record without id" : id), e.getMessage()));
      }
    }
    JsonNode meta = root.path("meta");
    String next = root.path("results").isEmpty() ? null : meta.path("next_cursor").asText(null);
    return new Page(
        papers, skipped, next, meta.path("count").isNumber() ? meta.path("count").asLong() : null);
  }

  private static Paper paper(JsonNode w, String id) {
    if (id == null) {
      throw new IllegalArgumentException("no OpenAlex id");
    }
    String title = w.path("title").asText(w.path("display_name").asText(null));
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("no title");
    }
    Paper.Builder b =
        Paper.builder()
            .doi(w.path("doi").asText(null))
            .key(id)
            .title(title)
            .date(w.path("publication_date").asText(null))
            .format(NAME)
            .source(NAME + ":" + id)
            .abstractText(abstractText(w.path("abstract_inverted_index")));
    if (w.path("publication_year").isInt()) {
      b.year(w.path("publication_year").asInt());
    }
    for (JsonNode a : w.path("authorships")) {
      b.author(a.path("author").path("display_name").asText(null));
    }
    b.journal(w.path("primary_location").path("source").path("display_name").asText(null));
    if (w.path("cited_by_count").isNumber()) {
      b.citations(w.path("cited_by_count").asInt());
    }
    String pdf = w.path("best_oa_location").path("pdf_url").asText(null);
    b.oaUrl(pdf != null ? pdf : w.path("open_access").path("oa_url").asText(null));
    b.sourceId(NAME, id);
    JsonNode ids = w.path("ids");
    b.sourceId("pmid", lastSegment(ids.path("pmid").asText(null)));
    b.sourceId("pmcid", lastSegment(ids.path("pmcid").asText(null)));
    return b.build(NAME + ":" + id);
  }

  /**
   * The abstract from its inverted index ({@code {"word": [positions]}}): every word put at each of
   * its positions, read in position order.
   */
  static String abstractText(JsonNode inverted) {
    if (inverted == null || !inverted.isObject() || inverted.isEmpty()) {
      return null;
    }
    Map<Integer, String> byPosition = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = inverted.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      for (JsonNode pos : e.getValue()) {
        byPosition.put(pos.asInt(), e.getKey());
      }
    }
    return String.join(" ", byPosition.values());
  }

  /** "https://openalex.org/W123" is "W123". */
  private static String shortId(String url) {
    return lastSegment(url);
  }

  private static String lastSegment(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String s = url.replaceAll("/+$", "");
    return s.substring(s.lastIndexOf('/') + 1);
  }
}
