package org.anodex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Evaluation queries in BEIR's JSON Lines: {@code {"_id": "...", "text": "..."}} a line. */
public final class EvalQueries {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalQueries() {}

  /** Query id to text, in file order. */
  public static Map<String, String> read(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      JsonNode id = n.get("_id");
      JsonNode text = n.get("text");
      if (id == null || text == null || text.asText().isBlank()) {
        throw new IOException(file + ":" + lineNo + ": a query needs \"_id\" and \"text\"");
      }
      out.put(id.asText(), text.asText());
    }
    return out;
  }
}
