package org.anodex.index;

import org.anodex.index.analysis.FixedAnalyzer;

/**
 * The index's text analysis as Analyzer classes with a no-argument constructor, so that a Solr
 * schema can name them ({@code <analyzer class="org.anodex.index.TextAnalyzers$Indexing"/>}) and
 * the SolrCloud backend analyses text exactly as the embedded index does.
 */
public final class TextAnalyzers {
  private TextAnalyzers() {}

  /** Index-time analysis of the text fields. */
  public static final class Indexing extends FixedAnalyzer {
    public Indexing() {
      super(Analysis.forIndexing());
    }
  }

  /** Query-time analysis of the text fields (synonyms apply here). */
  public static final class Querying extends FixedAnalyzer {
    public Querying() {
      super(Analysis.forQueries());
    }
  }
}
