package org.anodex.solr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anodex.index.LinkedValues;
import org.anodex.index.PaperFields;
import org.anodex.index.Schema;
import org.anodex.paper.Paper;

/**
 * Papers as Solr documents of the shipped configset: the fields of {@link PaperFields}, as the
 * embedded index has them, facet dimensions as {@code f_<dim>} string fields holding each value and
 * its ancestors.
 */
final class SolrDocuments {
  static final String FACET_PREFIX = "f_";

  private SolrDocuments() {}

  static String facetField(String dim) {
    return FACET_PREFIX + dim;
  }

  /**
   * The paper's Solr document, with {@code embedding} (null: none, a paper without text to embed).
   */
  static Map<String, Object> toDocument(
      Paper p,
      String hash,
      float[] embedding,
      List<String> topicDimensions,
      Set<String> propertyKeys) {
    Map<String, Object> d = new LinkedHashMap<>();
    for (PaperFields.Value v :
        PaperFields.values(p, hash, embedding, topicDimensions, propertyKeys)) {
      PaperFields.Field f = v.field();
      Object value =
          switch (f.type()) {
            case STORED ->
                v.value() instanceof byte[] bytes
                    ? new String(bytes, StandardCharsets.UTF_8)
                    : v.value();
            case VECTOR -> vector((float[]) v.value());
            default -> v.value();
          };
      String name =
          switch (f.type()) {
            case FACET -> facetField(v.key());
            case RANGE -> Schema.propertyField(v.key());
            default -> f.name();
          };
      if (f.multiValued()) {
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) d.computeIfAbsent(name, k -> new ArrayList<>());
        values.add(value);
      } else {
        d.put(name, value);
      }
    }
    d.putAll(LinkedValues.encoded(p, propertyKeys));
    return d;
  }

  private static List<Float> vector(float[] embedding) {
    List<Float> vector = new ArrayList<>(embedding.length);
    for (float f : embedding) {
      vector.add(f);
    }
    return vector;
  }
}
