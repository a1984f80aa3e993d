package org.anodex.api.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;
import org.anodex.paper.Topic;

/** JSON Lines: one record per paper, the fields of a search hit plus abstract, keywords, source. */
final class JsonlFormat implements ExportFormat {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Line(
      String id,
      String doi,
      String title,
      List<String> authors,
      Integer year,
      String date,
      String journal,
      @JsonProperty("abstract") String abstractText,
      List<String> keywords,
      Map<String, List<String>> topics,
      List<Property> properties,
      String format,
      String source) {}

  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public String mediaType() {
    return "application/x-ndjson";
  }

  @Override
  public String extension() {
    return "jsonl";
  }

  @Override
  public void write(Paper p, Writer out) throws IOException {
    Map<String, List<String>> topics = new LinkedHashMap<>();
    for (Topic t : p.topics()) {
      topics.computeIfAbsent(t.dimension(), k -> new ArrayList<>()).add(t.value());
    }
    out.write(
        JSON.writeValueAsString(
            new Line(
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
                p.source())));
    out.write('\n');
  }
}
