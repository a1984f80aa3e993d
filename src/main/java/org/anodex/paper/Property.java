package org.anodex.paper;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A numeric property extracted from text: {@code value} (and {@code max} for a range) in the canonical
 * unit, the raw text it was read from, the conditions that qualify it and the evidence sentence. Where
 * the value cannot be normalized, {@code value} is null and {@code raw} keeps the text.
 */
public record Property(
    String name,
    Double value,
    Double max,
    String unit,
    String raw,
    Map<String, Object> conditions,
    String evidence) {

  public Property {
    // Sorted, not Map.copyOf: the iteration order of Map.copyOf changes from one JVM run to the next, and a
    // paper's content hash is taken over its JSON, so an unchanged paper would read as changed on re-ingest.
    conditions = conditions == null || conditions.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new TreeMap<>(conditions));
  }
}
