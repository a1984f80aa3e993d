package org.anodex.api;

import java.util.List;
import org.anodex.enrich.Taxonomy;

/** {@code /api/facets}: every dimension with its label and its values as a tree, and the range fields. */
record TaxonomyView(List<Dimension> dimensions, List<RangeField> ranges) {

  record Dimension(String key, String label, List<Value> values) {}

  record Value(String value, String path, List<Value> children) {}

  record RangeField(String field, String label, String unit) {}

  static TaxonomyView of(Taxonomy taxonomy) {
    List<Dimension> dims = new java.util.ArrayList<>();
    for (Taxonomy.Dimension d : taxonomy.dimensions()) {
      dims.add(new Dimension(d.key(), d.label(), values(d.values(), "")));
    }
    dims.add(new Dimension("year", "Year", List.of()));
    dims.add(new Dimension("journal", "Journal", List.of()));
    dims.add(new Dimension("format", "Source format", List.of()));
    return new TaxonomyView(dims, List.of(new RangeField("year", "Year", null)));
  }

  private static List<Value> values(List<Taxonomy.Value> values, String prefix) {
    return values.stream().map(v -> new Value(v.value(), prefix + v.value(), values(v.children(), prefix + v.value() + "/"))).toList();
  }
}
