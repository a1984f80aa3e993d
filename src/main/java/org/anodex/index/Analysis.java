package org.anodex.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text becomes terms: at index time, and at query time (where synonyms may expand a query). The
 * DOI field is one lower-cased term; every text field shares one analysis chain.
 */
public final class Analysis {
  private Analysis() {}

  public static Analyzer forIndexing() {
    return perField(text());
  }

  public static Analyzer forQueries() {
    return perField(text());
  }

  private static Analyzer perField(Analyzer text) {
    Analyzer exact = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        KeywordTokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }
    };
    return new PerFieldAnalyzerWrapper(text, Map.of(Schema.DOI, exact));
  }

  static Analyzer text() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream s = new EnglishPossessiveFilter(source);
        s = new LowerCaseFilter(s);
        s = new ASCIIFoldingFilter(s);
        s = new KStemFilter(s);
        return new TokenStreamComponents(source, s);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }
}
