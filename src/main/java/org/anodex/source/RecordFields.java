package org.anodex.source;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapping from JSON record keys to paper fields ({@code record-fields.yaml}), which a user can
 * override with a file of the same shape.
 */
public final class RecordFields {
  static final List<String> FIELDS =
      List.of("id", "doi", "title", "abstract", "authors", "journal", "year", "date", "keywords", "body", "citations",
          "oa_url", "source_ids", "embedding", "embedding_model");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<String, List<String>> keys;

  private RecordFields(Map<String, List<String>> keys) {
    this.keys = keys;
  }

  public static RecordFields defaults() {
    try (InputStream in = RecordFields.class.getResourceAsStream("/record-fields.yaml")) {
      return new RecordFields(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The defaults with the keys of {@code file} replacing theirs. */
  public static RecordFields withOverrides(Path file) throws IOException {
    Map<String, List<String>> merged = new LinkedHashMap<>(defaults().keys);
    try (InputStream in = Files.newInputStream(file)) {
      Map<String, List<String>> overrides = read(in);
      for (String field : overrides.keySet()) {
        if (!FIELDS.contains(field)) {
          throw new IOException(file + ": unknown paper field '" + field + "' (known: " + FIELDS + ")");
        }
      }
      merged.putAll(overrides);
    }
    return new RecordFields(merged);
  }

  public List<String> keysFor(String field) {
    return keys.getOrDefault(field, List.of());
  }

  private static Map<String, List<String>> read(InputStream in) throws IOException {
    Map<String, List<String>> m = YAML.readValue(in, new TypeReference<LinkedHashMap<String, List<String>>>() {});
    return m == null ? Map.of() : m;
  }
}
