package org.anodex.api;

import java.util.List;
import org.anodex.enrich.Taxonomy;

/**
 * {@code /api/facets}: every dimension with its label and its values as a tree, and the range
 * fields.
 */
record TaxonomyView(List<Dimension> dimensions, List<RangeField> ranges) {

  record Dimension(String key, String label, List<Value> values) {}

  record Value(String value, String path, List<Value> children) {}

  record RangeField(String field, String label, String unit) {}

  static TaxonomyView of(Taxonomy taxonomy, java.util.Map<String, String> propertyUnits) {
    List<Dimension> dims = new java.util.ArrayList<>();
    for (Taxonomy.Dimension d : taxonomy.dimensions()) {
      dims.add(new Dimension(d.key(), d.label(), values(d.values(), "")));
    }
    dims.add(new Dimension("year", "Year", List.of()));
    dims.add(new Dimension("journal", "Journal", List.of()));
    dims.add(new Dimension("author", "Author", List.of()));
    dims.add(new Dimension("format", "Source format", List.of()));
    List<RangeField> ranges =
        new java.util.ArrayList<>(List.of(new RangeField("year", "Year", null)));
    propertyUnits.forEach((key, unit) -> ranges.add(new RangeField(key, label(key), unit)));
    return new TaxonomyView(dims, ranges);
  }

  /** "initial_coulombic_efficiency" reads "Initial Coulombic efficiency". */
  static String label(String key) {
    String words = key.replace('_', ' ').replace("coulombic", "Coulombic");
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static List<Value> values(List<Taxonomy.Value> values, String prefix) {
    return values.stream()
        .map(
            v ->
                new Value(
                    v.value(), prefix + v.value(), values(v.children(), prefix + v.value() + "/")))
        .toList();
  }
}
