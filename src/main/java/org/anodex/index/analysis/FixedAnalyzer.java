package org.anodex.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * One analyzer for every field, behind a class that a subclass gives a no-argument constructor, so
 * that a Solr schema or a SynonymGraphFilterFactory {@code analyzer} parameter can name it.
 */
public abstract class FixedAnalyzer extends DelegatingAnalyzerWrapper {
  private final Analyzer analyzer;

  protected FixedAnalyzer(Analyzer analyzer) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.analyzer = analyzer;
  }

  @Override
  protected final Analyzer getWrappedAnalyzer(String fieldName) {
    return analyzer;
  }
}
