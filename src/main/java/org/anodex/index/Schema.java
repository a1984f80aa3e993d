package org.anodex.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The one place that names the index's fields and says how each is analysed. Text fields are
 * searched; facet dimensions are the taxonomy's plus {@link #YEAR}, {@link #JOURNAL}, {@link
 * #AUTHOR_FACET} and {@link #FORMAT}; the paper itself is stored whole ({@link #PAPER}, JSON) so
 * that results and {@code anodex retag} need no source file.
 */
public final class Schema {
  /** Paper id: exact match, stored, sorted on as the tie-breaker of every sort. */
  public static final String ID = "id";

  public static final String DOI = "doi";
  public static final String TITLE = "title";
  public static final String ABSTRACT = "abstract";
  public static final String KEYWORDS = "keywords";
  public static final String BODY = "body";

  /**
   * Title, abstract and keywords as one field (Anserini's "flat" contents): BM25 over the whole
   * record ranks better than the sum of its fields scored apart (measured: docs/RELEVANCE.md).
   */
  public static final String CONTENTS = "contents";

  /**
   * The same text as {@link #CONTENTS} analysed with Porter stemming in place of KStem ({@link
   * org.anodex.index.analysis.DomainAnalysis.Stemmer#PORTER}), scored beside it
   * (docs/HOW-IT-WORKS.md, "Relevance").
   */
  public static final String CONTENTS_PORTER = "contents_porter";

  /**
   * Title and abstract as a sentence embedding ({@link org.anodex.semantic.Embedder}), cosine
   * similarity.
   */
  public static final String EMBEDDING = "embedding";

  /**
   * Marks a paper whose embedding is still to be computed (its words are searchable already); the
   * background embedder finds papers by it and rewrites each with its vector and without the mark.
   */
  public static final String EMBEDDING_PENDING = "_embedding_pending";

  public static final String AUTHORS = "author";
  public static final String JOURNAL_TEXT = "journal_text";

  /** Publication year: point for ranges, doc value for sorting, stored in the paper. */
  public static final String YEAR = "year";

  /** yyyymmdd (unknown month or day as 00) for sorting by date. */
  public static final String DATE_SORT = "date_sort";

  public static final String JOURNAL = "journal";

  /**
   * The author facet: each author's name as the source wrote it (the text field {@link #AUTHORS}
   * searches names).
   */
  public static final String AUTHOR_FACET = "author";

  /** Citation count (0 where no source gave one) as a doc value, for {@code sort=-citations}. */
  public static final String CITATIONS = "citations";

  public static final String FORMAT = "format";

  /**
   * Facet dimension {@code dim}'s values are indexed in the field this prefix and {@code dim} name,
   * one field a dimension ({@link #facetField}).
   */
  public static final String FACET_PREFIX = "$facets.";

  /**
   * Every dimension's values once more, in one doc-values field: a count of many dimensions reads
   * one field a paper instead of one a dimension.
   */
  public static final String ALL_FACETS = "$facets_all";

  /** The whole paper but its body, as JSON. */
  public static final String PAPER = "_paper";

  /** SHA-256 of the paper as indexed: equal hash, nothing to rewrite. */
  public static final String HASH = "_hash";

  /**
   * {@link #HASH} as a doc value, which every upsert reads without decompressing a block of stored
   * fields (a field of its own: Lucene refuses doc values on a field that documents already hold
   * without them).
   */
  public static final String HASH_VALUE = "_hash_value";

  /** Numeric property fields are this prefix and the property key: {@code p_specific_capacity}. */
  public static final String PROPERTY_PREFIX = "p_";

  private final List<String> topicDimensions;
  private final Map<String, String> propertyUnits;
  private final Ranking ranking;
  private final FacetsConfig facetsConfig = new FacetsConfig();

  public Schema(List<String> topicDimensions) {
    this(topicDimensions, Map.of(), Ranking.defaults());
  }

  public Schema(List<String> topicDimensions, Ranking ranking) {
    this(topicDimensions, Map.of(), ranking);
  }

  public Schema(List<String> topicDimensions, Map<String, String> propertyUnits) {
    this(topicDimensions, propertyUnits, Ranking.defaults());
  }

  /**
   * @param propertyUnits the numeric properties that can be filtered by range, with their canonical
   *     units
   * @param ranking field weights and the similarity that scores them
   */
  public Schema(List<String> topicDimensions, Map<String, String> propertyUnits, Ranking ranking) {
    this.topicDimensions = List.copyOf(topicDimensions);
    this.propertyUnits =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(propertyUnits));
    this.ranking = ranking;
    for (String dim : facetDimensions()) {
      facetsConfig.setMultiValued(dim, true);
      facetsConfig.setIndexFieldName(dim, facetField(dim));
    }
  }

  /**
   * The field of a facet dimension's values (doc values to count, terms to filter by). One field a
   * dimension, beside {@link #ALL_FACETS}: counting a few dimensions then reads their values alone,
   * not every value of every dimension (authors, topics) of every match.
   */
  public static String facetField(String dim) {
    return FACET_PREFIX + dim;
  }

  /** Taxonomy dimensions, in taxonomy order. */
  public List<String> topicDimensions() {
    return topicDimensions;
  }

  /** Range-filterable numeric properties and their units, in the order of properties.yaml. */
  public Map<String, String> propertyUnits() {
    return propertyUnits;
  }

  public static String propertyField(String key) {
    return PROPERTY_PREFIX + key;
  }

  /** Every facet dimension: the taxonomy's, then year, journal, author, format. */
  public List<String> facetDimensions() {
    List<String> all = new ArrayList<>(topicDimensions);
    all.addAll(List.of(YEAR, JOURNAL, AUTHOR_FACET, FORMAT));
    return all;
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The analyzer of the index's text fields (and of stored text re-analysed for highlighting). */
  public Analyzer analyzer() {
    return Analysis.forIndexing();
  }

  /** Field weights and the similarity that scores them. */
  public Ranking ranking() {
    return ranking;
  }

  /** The analyzer of query text. */
  public Analyzer queryAnalyzer() {
    return Analysis.forQueries();
  }
}
