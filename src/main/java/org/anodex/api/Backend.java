package org.anodex.api;

import java.util.Map;
import org.anodex.enrich.Taxonomy;
import org.anodex.ingest.Writes;
import org.anodex.search.Searcher;

/**
 * What the HTTP API serves from: a searcher, the writes of POST/DELETE, the taxonomy, and the
 * numeric properties that can be filtered by range, with their units.
 */
public record Backend(
    Searcher searcher, Writes writes, Taxonomy taxonomy, Map<String, String> propertyUnits) {

  /** The range fields of /api/facets, as a bean the controllers can inject. */
  public record RangeFields(Map<String, String> propertyUnits) {}
}
