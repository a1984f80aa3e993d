package org.anodex.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * {@link ChemistryPartsFilter} (index time only) for Lucene's CustomAnalyzer and Solr schemas. No
 * arguments.
 */
public final class ChemistryPartsFilterFactory extends TokenFilterFactory {
  public static final String NAME = "anodexChemistryParts";

  public ChemistryPartsFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For the service loader only. */
  public ChemistryPartsFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ChemistryPartsFilter(input);
  }
}
