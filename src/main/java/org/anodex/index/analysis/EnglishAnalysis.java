package org.anodex.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.charfilter.MappingCharFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The plain English chain of the stemmed contents field ({@code contents_porter}), scored beside the
 * domain-analysed one: aggressive Porter stemming conflates what KStem keeps apart ("activation",
 * "activity", "active"), which helps recall and ranking of general scientific text, while the domain field
 * keeps formulas and element symbols exact. Built from Lucene factories, like {@link DomainAnalysis}:
 *
 * <pre>
 * mapping char filter (chemistry-characters.txt)
 * StandardTokenizer
 * EnglishPossessiveFilter
 * LowerCaseFilter
 * ASCIIFoldingFilter
 * PorterStemFilter
 * SynonymGraphFilter        (query only: synonyms.txt, its entries analysed by the chain above)
 * </pre>
 */
public final class EnglishAnalysis {
  private EnglishAnalysis() {}

  public static Analyzer indexing() {
    return build(false);
  }

  public static Analyzer queries() {
    return build(true);
  }

  /** The chain without synonyms: how the entries of the synonyms file are read for this field. */
  public static Analyzer synonymEntries() {
    return build(false);
  }

  private static Analyzer build(boolean synonyms) {
    try {
      CustomAnalyzer.Builder b = CustomAnalyzer.builder(new ClasspathResourceLoader(EnglishAnalysis.class))
          .addCharFilter(MappingCharFilterFactory.class, "mapping", DomainAnalysis.CHARACTERS)
          .withTokenizer(StandardTokenizerFactory.class)
          .addTokenFilter(EnglishPossessiveFilterFactory.class)
          .addTokenFilter(LowerCaseFilterFactory.class)
          .addTokenFilter(ASCIIFoldingFilterFactory.class)
          .addTokenFilter(PorterStemFilterFactory.class);
      if (synonyms) {
        b.addTokenFilter(SynonymGraphFilterFactory.class, "synonyms", DomainAnalysis.SYNONYMS,
            "analyzer", EnglishSynonymEntryAnalyzer.class.getName());
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the analysis files " + DomainAnalysis.CHARACTERS + ", "
          + DomainAnalysis.SYNONYMS, e);
    }
  }
}
