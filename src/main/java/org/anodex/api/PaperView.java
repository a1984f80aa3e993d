package org.anodex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;
import org.anodex.paper.Topic;

/**
 * {@code /api/papers/{id}}: the whole record, topics with their evidence, properties with theirs,
 * and where the paper's own file can be opened ({@code file_url}, null where Anodex has none; never
 * the path on disk).
 */
record PaperView(
    String id,
    String doi,
    String title,
    List<String> authors,
    Integer year,
    String date,
    String journal,
    @JsonProperty("abstract") String abstractText,
    List<String> keywords,
    Map<String, List<TopicView>> topics,
    List<Property> properties,
    String format,
    String source,
    @JsonProperty("file_url") String fileUrl,
    @JsonProperty("body_chars") int bodyChars,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer citations,
    @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("oa_url") String oaUrl,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("source_ids")
        Map<String, String> sourceIds,
    @JsonInclude(JsonInclude.Include.NON_NULL) String body) {

  record TopicView(String value, String evidence) {}

  static PaperView of(Paper p, boolean withBody) {
    Map<String, List<TopicView>> topics = new LinkedHashMap<>();
    for (Topic t : p.topics()) {
      topics
          .computeIfAbsent(t.dimension(), k -> new ArrayList<>())
          .add(new TopicView(t.value(), t.evidence()));
    }
    return new PaperView(
        p.id(),
        p.doi(),
        p.title(),
        p.authors(),
        p.year(),
        p.date(),
        p.journal(),
        p.abstractText(),
        p.keywords(),
        topics,
        p.properties(),
        p.format(),
        p.source(),
        p.file() == null ? null : "/api/papers/" + p.id() + "/file",
        p.body() == null ? 0 : p.body().length(),
        p.citations(),
        p.oaUrl(),
        p.sourceIds(),
        withBody ? p.body() : null);
  }
}
