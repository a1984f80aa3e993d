package org.anodex.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * Reads the entries of the synonyms file the way {@link PorterAnalysis} reads queries (domain chain,
 * Porter), so that the entries meet the stemmed field's query terms.
 */
public final class PorterSynonymEntryAnalyzer extends DelegatingAnalyzerWrapper {
  private final Analyzer chain = PorterAnalysis.synonymEntries();

  public PorterSynonymEntryAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return chain;
  }
}
