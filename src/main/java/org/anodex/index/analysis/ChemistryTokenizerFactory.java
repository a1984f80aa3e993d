package org.anodex.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/** {@link ChemistryTokenizer} for Lucene's CustomAnalyzer and Solr schemas. No arguments. */
public final class ChemistryTokenizerFactory extends TokenizerFactory {
  public static final String NAME = "anodexChemistry";

  public ChemistryTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For the service loader only. */
  public ChemistryTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public ChemistryTokenizer create(AttributeFactory factory) {
    return new ChemistryTokenizer(factory);
  }
}
