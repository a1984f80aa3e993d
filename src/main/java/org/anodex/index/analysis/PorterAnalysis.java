package org.anodex.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.charfilter.MappingCharFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The chain of the stemmed contents field ({@code contents_porter}), scored beside the KStem one: the
 * domain chain of {@link DomainAnalysis} with Porter's stemmer in place of KStem. Porter conflates what
 * KStem keeps apart ("activation", "activity", "active"; "inflammatory", "inflammation"), which helps
 * general scientific text; the chemistry tokenizer and case filter still keep formulas and element
 * symbols whole and exact (they are keywords, which Porter leaves alone), so it does not turn "LiPF6" or
 * "Si" into English. Built from Lucene factories, so a Solr schema declares the very same chain:
 *
 * <pre>
 * mapping char filter (chemistry-characters.txt)
 * ChemistryTokenizer
 * ChemistryPartsFilter      (index only)
 * EnglishPossessiveFilter
 * ChemistryCaseFilter
 * ASCIIFoldingFilter
 * PorterStemFilter
 * SynonymGraphFilter        (query only: synonyms.txt, its entries analysed by the chain above)
 * </pre>
 */
public final class PorterAnalysis {
  private PorterAnalysis() {}

  public static Analyzer indexing() {
    return build(true, false);
  }

  public static Analyzer queries() {
    return build(false, true);
  }

  /** Query analysis without synonyms: how the entries of the synonyms file are read for this field. */
  public static Analyzer synonymEntries() {
    return build(false, false);
  }

  private static Analyzer build(boolean indexing, boolean synonyms) {
    try {
      CustomAnalyzer.Builder b = CustomAnalyzer.builder(new ClasspathResourceLoader(PorterAnalysis.class))
          .addCharFilter(MappingCharFilterFactory.class, "mapping", DomainAnalysis.CHARACTERS)
          .withTokenizer(ChemistryTokenizerFactory.class);
      if (indexing) {
        b.addTokenFilter(ChemistryPartsFilterFactory.class);
      }
      b.addTokenFilter(EnglishPossessiveFilterFactory.class)
          .addTokenFilter(ChemistryCaseFilterFactory.class)
          .addTokenFilter(ASCIIFoldingFilterFactory.class)
          .addTokenFilter(PorterStemFilterFactory.class);
      if (synonyms) {
        b.addTokenFilter(SynonymGraphFilterFactory.class, "synonyms", DomainAnalysis.SYNONYMS,
            "analyzer", PorterSynonymEntryAnalyzer.class.getName());
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the analysis files " + DomainAnalysis.CHARACTERS + ", "
          + DomainAnalysis.SYNONYMS, e);
    }
  }
}
