package org.anodex.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.config.YamlFiles;

/**
 * The mapping from JSON record keys to paper fields ({@code record-fields.yaml}), which a user can
 * override with a file of the same shape.
 */
public final class RecordFields {
  private static final ObjectMapper MAPS =
      new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private final Map<String, List<String>> keys;

  /**
   * record-fields.yaml as written: the record keys of each paper field; a field it does not name is
   * an error.
   */
  private record Keys(
      List<String> id,
      List<String> doi,
      List<String> title,
      @JsonProperty("abstract") List<String> abstractText,
      List<String> authors,
      List<String> journal,
      List<String> year,
      List<String> date,
      List<String> keywords,
      List<String> body,
      List<String> citations,
      @JsonProperty("oa_url") List<String> oaUrl,
      @JsonProperty("source_ids") List<String> sourceIds,
      List<String> embedding,
      @JsonProperty("embedding_model") List<String> embeddingModel) {}

  private RecordFields(Map<String, List<String>> keys) {
    this.keys = keys;
  }

  public static RecordFields defaults() {
    try (InputStream in = RecordFields.class.getResourceAsStream("/record-fields.yaml")) {
      return new RecordFields(read(in, "record-fields.yaml (built in)"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The defaults with the keys of {@code file} replacing theirs. */
  public static RecordFields withOverrides(Path file) throws IOException {
    Map<String, List<String>> merged = new LinkedHashMap<>(defaults().keys);
    try (InputStream in = Files.newInputStream(file)) {
      merged.putAll(read(in, file.toString()));
    }
    return new RecordFields(merged);
  }

  public List<String> keysFor(String field) {
    return keys.getOrDefault(field, List.of());
  }

  private static Map<String, List<String>> read(InputStream in, String name) throws IOException {
    Keys k = YamlFiles.read(in, name, Keys.class);
    return k == null
        ? Map.of()
        : MAPS.convertValue(k, new TypeReference<LinkedHashMap<String, List<String>>>() {});
  }
}
