package org.anodex.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anodex.paper.Embedding;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;

/**
 * The one description of a paper's fields, which both backends render: the Lucene document ({@link
 * PaperDocuments}), the Solr document ({@code org.anodex.solr.SolrDocuments}) and the fields of the
 * Solr schema ({@link #solrSchemaFields}, the block of {@code solr/anodex/conf/schema.xml} a test
 * holds to it). A field is added here, once: its name, its {@link Type} (how it is indexed, stored,
 * sorted or counted), whether a plain query's words search it (with its weight from ranking.yaml),
 * and the values a paper gives it ({@link #values}).
 */
public final class PaperFields {
  /** How a field is kept; each names its Solr field type in schema.xml. */
  public enum Type {
    /** An exact string, stored, with doc values: the id, sorted on as every sort's tie-breaker. */
    KEY("string"),
    /** Stored, not searched: the paper as JSON, its hash. */
    STORED("stored_string"),
    /** An exact, lower-cased string (the DOI). */
    EXACT("lowercase"),
    /** Words, with the domain analysis ({@link Analysis}). */
    TEXT("text_anodex"),
    /** Words with Porter in place of KStem. */
    TEXT_PORTER("text_porter"),
    /** People's names: plain lower-cased words ("Li" the author is not lithium). */
    NAMES("names"),
    /** A whole number for ranges and sorting. */
    INT("pint"),
    /** A number to sort on only. */
    SORT("plong"),
    /** The embedding: cosine similarity, {@link Embedding#DIMENSION} numbers. */
    VECTOR("embedding"),
    /** A facet dimension's values ({@code f_<dimension>} in Solr). */
    FACET("string"),
    /** A numeric property's values, for range filters ({@code p_<property>}). */
    RANGE("pdouble");

    private final String solrType;

    Type(String solrType) {
      this.solrType = solrType;
    }

    public String solrType() {
      return solrType;
    }
  }

  /**
   * One field.
   *
   * @param stored kept whole in the index (highlighting re-reads it)
   * @param multiValued a paper may give it more than one value
   * @param weighted a plain query's words search it, with its weight in ranking.yaml
   * @param contentsPart one of the parts of {@link Schema#CONTENTS} (title, abstract, keywords)
   */
  public record Field(
      String name,
      Type type,
      boolean stored,
      boolean multiValued,
      boolean weighted,
      boolean contentsPart) {}

  /**
   * A value of a field for one paper; {@code key} is the dimension or property of a FACET or RANGE
   * value.
   */
  public record Value(Field field, String key, Object value) {}

  public static final Field ID = new Field(Schema.ID, Type.KEY, true, false, false, false);
  public static final Field HASH = new Field(Schema.HASH, Type.STORED, true, false, false, false);
  public static final Field PAPER = new Field(Schema.PAPER, Type.STORED, true, false, false, false);
  public static final Field DOI = new Field(Schema.DOI, Type.EXACT, false, false, false, false);
  public static final Field TITLE = new Field(Schema.TITLE, Type.TEXT, true, false, true, true);
  public static final Field ABSTRACT =
      new Field(Schema.ABSTRACT, Type.TEXT, true, false, true, true);
  public static final Field KEYWORDS =
      new Field(Schema.KEYWORDS, Type.TEXT, true, false, true, true);
  public static final Field BODY = new Field(Schema.BODY, Type.TEXT, true, false, true, false);
  public static final Field CONTENTS =
      new Field(Schema.CONTENTS, Type.TEXT, false, false, true, false);
  public static final Field CONTENTS_PORTER =
      new Field(Schema.CONTENTS_PORTER, Type.TEXT_PORTER, false, false, true, false);
  public static final Field AUTHORS =
      new Field(Schema.AUTHORS, Type.NAMES, false, true, false, false);
  public static final Field JOURNAL_TEXT =
      new Field(Schema.JOURNAL_TEXT, Type.TEXT, false, false, false, false);
  public static final Field YEAR = new Field(Schema.YEAR, Type.INT, false, false, false, false);
  public static final Field DATE_SORT =
      new Field(Schema.DATE_SORT, Type.SORT, false, false, false, false);
  public static final Field CITATIONS =
      new Field(Schema.CITATIONS, Type.SORT, false, false, false, false);
  public static final Field EMBEDDING =
      new Field(Schema.EMBEDDING, Type.VECTOR, false, false, false, false);

  /** Every facet dimension: the taxonomy's, year, journal, author, format. */
  public static final Field FACETS = new Field("f_*", Type.FACET, false, true, false, false);

  /** Every range-filterable numeric property. */
  public static final Field PROPERTIES =
      new Field(Schema.PROPERTY_PREFIX + "*", Type.RANGE, false, true, false, false);

  /**
   * Every field, in the order of schema.xml; the last two are families of fields, one per dimension
   * or property.
   */
  public static final List<Field> ALL =
      List.of(
          ID,
          HASH,
          PAPER,
          DOI,
          TITLE,
          ABSTRACT,
          KEYWORDS,
          BODY,
          CONTENTS,
          CONTENTS_PORTER,
          AUTHORS,
          JOURNAL_TEXT,
          YEAR,
          DATE_SORT,
          CITATIONS,
          EMBEDDING,
          FACETS,
          PROPERTIES);

  private PaperFields() {}

  /** The names of the fields a plain query's words search: the keys ranking.yaml may weight. */
  public static List<String> weightedNames() {
    return ALL.stream().filter(Field::weighted).map(Field::name).toList();
  }

  /**
   * The fields a plain query's words search, with their weights in {@code ranking} (those it
   * weights).
   */
  public static Map<String, Float> weights(Ranking ranking) {
    Map<String, Float> weights = new LinkedHashMap<>();
    ranking
        .fields()
        .forEach(
            (name, weight) -> {
              if (weightedNames().contains(name)) {
                weights.put(name, weight);
              }
            });
    return weights;
  }

  /**
   * Each value a paper gives each field, in the order of {@link #ALL}: what both backends write for
   * it.
   *
   * @param embedding the paper's embedding, or null (none yet, or none to have)
   * @param propertyKeys the properties filtered by range (the others are kept in the paper only)
   */
  public static List<Value> values(
      Paper p,
      String hash,
      float[] embedding,
      List<String> topicDimensions,
      Set<String> propertyKeys) {
    List<Value> out = new ArrayList<>();
    add(out, ID, p.id());
    add(out, HASH, hash);
    out.add(new Value(PAPER, null, PaperDocuments.json(p)));
    add(out, DOI, p.doi());
    add(out, TITLE, p.title());
    add(out, ABSTRACT, p.abstractText());
    add(out, KEYWORDS, String.join("; ", p.keywords()));
    add(out, BODY, p.body());
    String contents = PaperDocuments.contents(p);
    add(out, CONTENTS, contents);
    add(out, CONTENTS_PORTER, contents);
    if (embedding != null) {
      out.add(new Value(EMBEDDING, null, embedding));
    }
    p.authors().forEach(a -> add(out, AUTHORS, a));
    add(out, JOURNAL_TEXT, p.journal());
    if (p.year() != null) {
      out.add(new Value(YEAR, null, p.year()));
    }
    out.add(new Value(DATE_SORT, null, PaperDocuments.dateSortKey(p)));
    out.add(new Value(CITATIONS, null, PaperDocuments.citationsSortKey(p)));
    p.authors().forEach(a -> facet(out, Schema.AUTHOR_FACET, a));
    if (p.year() != null) {
      facet(out, Schema.YEAR, String.valueOf(p.year()));
    }
    facet(out, Schema.JOURNAL, p.journal());
    facet(out, Schema.FORMAT, p.format());
    for (String dim : topicDimensions) {
      PaperDocuments.withAncestors(p, dim).forEach(v -> facet(out, dim, v));
    }
    for (Property prop : p.properties()) {
      if (prop.value() != null && propertyKeys.contains(prop.name())) {
        // A range (1-3 µm) is kept by both ends: a range filter finds it when either end falls
        // inside.
        out.add(new Value(PROPERTIES, prop.name(), prop.value()));
        if (prop.max() != null) {
          out.add(new Value(PROPERTIES, prop.name(), prop.max()));
        }
      }
    }
    return out;
  }

  private static void add(List<Value> out, Field field, String text) {
    if (text != null && !text.isBlank()) {
      out.add(new Value(field, null, text));
    }
  }

  private static void facet(List<Value> out, String dim, String value) {
    if (value != null && !value.isBlank()) {
      out.add(new Value(FACETS, dim, value));
    }
  }

  /**
   * The {@code <field>} and {@code <dynamicField>} declarations of the Solr schema, and the
   * vector's field type (its dimension is the embedding's).
   */
  public static String solrSchemaFields() {
    StringBuilder xml = new StringBuilder();
    xml.append("  <fieldType name=\"")
        .append(Type.VECTOR.solrType())
        .append("\" class=\"solr.DenseVectorField\" vectorDimension=\"")
        .append(Embedding.DIMENSION)
        .append("\" similarityFunction=\"cosine\"/>\n");
    for (Field f : ALL) {
      boolean family = f.name().endsWith("*");
      xml.append("  <")
          .append(family ? "dynamicField" : "field")
          .append(" name=\"")
          .append(f.name())
          .append("\" type=\"")
          .append(f.type().solrType())
          .append('"');
      if (f.type() != Type.STORED) {
        xml.append(" indexed=\"")
            .append(f.type() != Type.SORT)
            .append("\" stored=\"")
            .append(f.stored())
            .append('"');
      }
      if (f.multiValued()) {
        xml.append(" multiValued=\"true\"");
      }
      if (f.stored() && f.type() == Type.TEXT) {
        // highlighting reads offsets instead of re-analysing
        xml.append(" storeOffsetsWithPositions=\"true\"");
      }
      if (f == ID) {
        xml.append(" required=\"true\"");
      }
      xml.append("/>\n");
    }
    return xml.toString();
  }
}
