package org.anodex.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * Reads the entries of the synonyms file the way {@link EnglishAnalysis} reads queries (lower case,
 * Porter), so that the entries meet the stemmed field's query terms.
 */
public final class EnglishSynonymEntryAnalyzer extends DelegatingAnalyzerWrapper {
  private final Analyzer chain = EnglishAnalysis.synonymEntries();

  public EnglishSynonymEntryAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return chain;
  }
}
