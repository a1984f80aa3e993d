package org.anodex.paper;

import java.util.Map;

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
    conditions = conditions == null ? Map.of() : Map.copyOf(conditions);
  }
}
