package org.anodex.solr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.index.LinkedValues;
import org.anodex.index.PaperDocuments;
import org.anodex.index.Schema;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;

/**
 * Papers as Solr documents of the shipped configset: the same fields as the embedded {@link Schema}
 * (text fields, year, date, the stored paper and its hash), facet dimensions as {@code f_<dim>} string
 * fields holding each value and its ancestors.
 */
final class SolrDocuments {
  static final String FACET_PREFIX = "f_";

  private SolrDocuments() {}

  static String facetField(String dim) {
    return FACET_PREFIX + dim;
  }

  /** The paper's Solr document, with {@code embedding} (null: none, a paper without text to embed). */
  static Map<String, Object> toDocument(Paper p, String hash, float[] embedding, List<String> topicDimensions,
      java.util.Set<String> propertyKeys) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put(Schema.ID, p.id());
    d.put(Schema.HASH, hash);
    d.put(Schema.PAPER, new String(PaperDocuments.json(p), StandardCharsets.UTF_8));
    put(d, Schema.DOI, p.doi());
    put(d, Schema.TITLE, p.title());
    put(d, Schema.ABSTRACT, p.abstractText());
    put(d, Schema.KEYWORDS, p.keywords().isEmpty() ? null : String.join("; ", p.keywords()));
    put(d, Schema.BODY, p.body());
    String contents = PaperDocuments.contents(p);
    put(d, Schema.CONTENTS, contents);
    put(d, Schema.CONTENTS_PORTER, contents);
    if (embedding != null) {
      List<Float> vector = new ArrayList<>(embedding.length);
      for (float f : embedding) {
        vector.add(f);
      }
      d.put(Schema.EMBEDDING, vector);
    }
    if (!p.authors().isEmpty()) {
      d.put(Schema.AUTHORS, p.authors());
      d.put(facetField(Schema.AUTHOR_FACET), p.authors());
    }
    put(d, Schema.JOURNAL_TEXT, p.journal());
    if (p.year() != null) {
      d.put(Schema.YEAR, p.year());
      d.put(facetField(Schema.YEAR), String.valueOf(p.year()));
    }
    d.put(Schema.DATE_SORT, PaperDocuments.dateSortKey(p));
    d.put(Schema.CITATIONS, PaperDocuments.citationsSortKey(p));
    put(d, facetField(Schema.JOURNAL), p.journal());
    put(d, facetField(Schema.FORMAT), p.format());
    for (Property prop : p.properties()) {
      if (prop.value() != null && propertyKeys.contains(prop.name())) {
        @SuppressWarnings("unchecked")
        List<Double> values = (List<Double>) d.computeIfAbsent(Schema.propertyField(prop.name()), k -> new ArrayList<Double>());
        values.add(prop.value());
        if (prop.max() != null) {
          values.add(prop.max());
        }
      }
    }
    d.putAll(LinkedValues.encoded(p, propertyKeys));
    for (String dim : topicDimensions) {
      List<String> values = new ArrayList<>(PaperDocuments.withAncestors(p, dim));
      if (!values.isEmpty()) {
        d.put(facetField(dim), values);
      }
    }
    return d;
  }

  private static void put(Map<String, Object> d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.put(field, value);
    }
  }
}
