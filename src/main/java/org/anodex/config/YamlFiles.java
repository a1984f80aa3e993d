package org.anodex.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads the YAML files a user may edit (ranking, taxonomy, properties, record fields) into typed
 * records. A key the record does not know is an error naming the file, the line and the key, so a
 * typo cannot silently fall back to a default.
 */
public final class YamlFiles {
  private static final ObjectMapper YAML = mapper(null);

  private YamlFiles() {}

  /**
   * A reader of YAML that refuses unknown keys, with {@code naming} (null: keys as the record
   * spells them).
   */
  public static ObjectMapper mapper(PropertyNamingStrategy naming) {
    ObjectMapper m =
        new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    return naming == null ? m : m.setPropertyNamingStrategy(naming);
  }

  /** The file {@code name} (as the user knows it) read from {@code in} as a {@code type}. */
  public static <T> T read(InputStream in, String name, Class<T> type) throws IOException {
    return read(YAML, in, name, type);
  }

  /** As {@link #read(InputStream, String, Class)}, with a mapper of {@link #mapper}. */
  public static <T> T read(ObjectMapper yaml, InputStream in, String name, Class<T> type)
      throws IOException {
    byte[] text = in.readAllBytes();
    try {
      return yaml.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw problem(name, e, text);
    }
  }

  /**
   * The error of a file that does not read: the file, the line, and what is wrong there in one
   * line.
   */
  public static IOException problem(String name, JsonProcessingException e, byte[] text) {
    int line = e instanceof UnrecognizedPropertyException u ? lineOf(u, text) : -1;
    JsonLocation at = e.getLocation();
    line = line > 0 ? line : at == null ? -1 : at.getLineNr();
    String where = name + (line < 1 ? "" : ", line " + line);
    if (e instanceof UnrecognizedPropertyException u) {
      return new IOException(
          where + ": unknown key '" + u.getPropertyName() + "'" + known(u.getKnownPropertyIds()),
          e);
    }
    return new IOException(where + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
  }

  /**
   * The line of the key at {@code path}: Jackson reports a record's unknown key where the record
   * ends (it reads all of a record's keys before it builds it), so the key is looked for again by
   * its path.
   */
  private static int lineOf(UnrecognizedPropertyException e, byte[] text) {
    List<String> steps = new ArrayList<>();
    for (JsonMappingException.Reference r : e.getPath()) {
      steps.add(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
    }
    if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(e.getPropertyName())) {
      steps.add(e.getPropertyName()); // a map's key: the path ends at the map
    }
    StringBuilder pointer = new StringBuilder();
    for (String step : steps) {
      pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
    }
    try (JsonParser p = YAML.getFactory().createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME
            && p.getParsingContext().pathAsPointer().toString().contentEquals(pointer)) {
          return p.currentTokenLocation().getLineNr();
        }
      }
    } catch (IOException unparsed) {
      // the file does not parse as far as the key: the line Jackson gave stands
    }
    return -1;
  }

  private static String known(Collection<Object> keys) {
    if (keys == null || keys.isEmpty()) {
      return "";
    }
    TreeSet<String> sorted = new TreeSet<>();
    keys.forEach(k -> sorted.add(String.valueOf(k)));
    return " (known: " + String.join(", ", sorted) + ")";
  }
}
