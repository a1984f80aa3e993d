package org.anodex.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * The index's text analysis as Analyzer classes with a no-argument constructor, so that a Solr schema can
 * name them ({@code <analyzer class="org.anodex.index.TextAnalyzers$Indexing"/>}) and the SolrCloud
 * backend analyses text exactly as the embedded index does.
 */
public final class TextAnalyzers {
  private TextAnalyzers() {}

  /** Index-time analysis of the text fields. */
  public static final class Indexing extends DelegatingAnalyzerWrapper {
    private final Analyzer analyzer = Analysis.forIndexing();

    public Indexing() {
      super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return analyzer;
    }
  }

  /** Query-time analysis of the text fields (synonyms apply here). */
  public static final class Querying extends DelegatingAnalyzerWrapper {
    private final Analyzer analyzer = Analysis.forQueries();

    public Querying() {
      super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return analyzer;
    }
  }
}
