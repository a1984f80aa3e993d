package org.anodex.index.analysis;

import org.anodex.index.analysis.DomainAnalysis.Stemmer;

/**
 * Reads the entries of the synonyms file the way queries are read (the {@code analyzer} parameter
 * of SynonymGraphFilterFactory, in Lucene and in a Solr schema): otherwise "Si" would be
 * lower-cased and "batteries" left unstemmed, and the entries would never meet the query's terms.
 */
public final class SynonymEntryAnalyzer extends FixedAnalyzer {
  public SynonymEntryAnalyzer() {
    super(DomainAnalysis.synonymEntries(Stemmer.KSTEM));
  }

  /** The same for the Porter chain, so that the entries meet the stemmed field's query terms. */
  public static final class Porter extends FixedAnalyzer {
    public Porter() {
      super(DomainAnalysis.synonymEntries(Stemmer.PORTER));
    }
  }
}
