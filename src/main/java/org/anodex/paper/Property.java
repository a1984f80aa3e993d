package org.anodex.paper;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A numeric property extracted from text: {@code value} (and {@code max} for a range) in the
 * canonical unit, the raw text it was read from, the conditions that qualify it and the evidence
 * sentence. Where the value cannot be normalized, {@code value} is null and {@code raw} keeps the
 * text.
 *
 * <p>Where the text says it, a value also says what it {@code describes} (the material, electrode
 * or cell it is about: this work's material or a compared one), the {@code cell} it was measured in
 * ({@code half} or {@code full}) and the {@code section} of the paper it was read from; each is
 * null where unknown and then left out of the JSON, so a paper extracted without them keeps its
 * stored form and content hash.
 */
public record Property(
    String name,
    Double value,
    Double max,
    String unit,
    String raw,
    Map<String, Object> conditions,
    String evidence,
    @JsonInclude(JsonInclude.Include.NON_NULL) String describes,
    @JsonInclude(JsonInclude.Include.NON_NULL) String cell,
    @JsonInclude(JsonInclude.Include.NON_NULL) String section) {

  public Property {
    // Sorted, not Map.copyOf: the iteration order of Map.copyOf changes from one JVM run to the
    // next, and a paper's content hash is taken over its JSON, so an unchanged paper would read as
    // changed on re-ingest.
    conditions =
        conditions == null || conditions.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(conditions));
  }

  /** A value with nothing known of what it describes, its cell or its section. */
  public Property(
      String name,
      Double value,
      Double max,
      String unit,
      String raw,
      Map<String, Object> conditions,
      String evidence) {
    this(name, value, max, unit, raw, conditions, evidence, null, null, null);
  }
}
