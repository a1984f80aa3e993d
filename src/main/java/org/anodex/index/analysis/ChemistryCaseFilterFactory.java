package org.anodex.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** {@link ChemistryCaseFilter} for Lucene's CustomAnalyzer and Solr schemas. No arguments. */
public final class ChemistryCaseFilterFactory extends TokenFilterFactory {
  public static final String NAME = "anodexChemistryCase";

  public ChemistryCaseFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For the service loader only. */
  public ChemistryCaseFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ChemistryCaseFilter(input);
  }

  /** Wildcard and fuzzy terms are not analysed as words: they are simply lower-cased. */
  @Override
  public TokenStream normalize(TokenStream input) {
    return new LowerCaseFilter(input);
  }
}
