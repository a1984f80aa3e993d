package org.anodex.index;

import java.util.Map;
import org.anodex.index.analysis.DomainAnalysis;
import org.anodex.index.analysis.DomainAnalysis.Stemmer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text becomes terms: at index time, and at query time (where synonyms expand a query). Text
 * fields get the domain analysis of {@link DomainAnalysis} (chemistry-aware tokens and case,
 * stemming, query synonyms), {@link Schema#CONTENTS_PORTER} the same chain with Porter in place of
 * KStem ({@link Stemmer#PORTER}); the DOI is one lower-cased term, a paper id one term as it is;
 * author names are plain lower-cased words, since a name is not chemistry ("Li" the author is not
 * lithium). Analyzers are thread-safe and built once.
 */
public final class Analysis {
  private static final Analyzer INDEXING =
      perField(DomainAnalysis.indexing(Stemmer.KSTEM), DomainAnalysis.indexing(Stemmer.PORTER));
  private static final Analyzer QUERIES =
      perField(DomainAnalysis.queries(Stemmer.KSTEM), DomainAnalysis.queries(Stemmer.PORTER));

  private Analysis() {}

  public static Analyzer forIndexing() {
    return INDEXING;
  }

  public static Analyzer forQueries() {
    return QUERIES;
  }

  private static Analyzer perField(Analyzer text, Analyzer english) {
    Analyzer exact =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            KeywordTokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
          }
        };
    Analyzer names =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(
                source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
          }

          @Override
          protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
          }
        };
    return new PerFieldAnalyzerWrapper(
        text,
        Map.of(
            Schema.DOI,
            exact,
            Schema.ID,
            new KeywordAnalyzer(),
            Schema.AUTHORS,
            names,
            Schema.CONTENTS_PORTER,
            english));
  }
}
