package org.anodex.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * Reads the entries of the synonyms file the way queries are read (the {@code analyzer} parameter of
 * SynonymGraphFilterFactory, in Lucene and in a Solr schema): otherwise "Si" would be lower-cased and
 * "batteries" left unstemmed, and the entries would never meet the query's terms.
 */
public final class SynonymEntryAnalyzer extends DelegatingAnalyzerWrapper {
  private final Analyzer chain = DomainAnalysis.synonymEntries();

  public SynonymEntryAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return chain;
  }
}
