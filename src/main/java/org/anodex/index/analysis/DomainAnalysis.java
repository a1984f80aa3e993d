package org.anodex.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.charfilter.MappingCharFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.KStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The analysis chains of text fields, built from Lucene factories and resource files so that a Solr
 * schema can declare the very same chain (same factory classes, same {@code chemistry-characters.txt} and
 * {@code synonyms.txt}):
 *
 * <pre>
 * mapping char filter (chemistry-characters.txt: sub/superscripts, minus signs, odd spaces)
 * ChemistryTokenizer        (formulas and notations whole: LiPF6, Si/C, SiO x = SiOx)
 * ChemistryPartsFilter      (index only: Si/C also as Si and C)
 * EnglishPossessiveFilter
 * ChemistryCaseFilter       (lower case, but "Si" stays "Si"; formulas are keywords)
 * ASCIIFoldingFilter
 * KStemFilter               (inflections only: "carbonates" is "carbonate", never "carbon")
 * SynonymGraphFilter        (query only: synonyms.txt, its entries analysed by the chain above)
 * </pre>
 */
public final class DomainAnalysis {
  public static final String CHARACTERS = "/chemistry-characters.txt";
  public static final String SYNONYMS = "/synonyms.txt";

  private DomainAnalysis() {}

  public static Analyzer indexing() {
    return build(true, false);
  }

  public static Analyzer queries() {
    return build(false, true);
  }

  /** Query analysis without synonyms: how the entries of the synonyms file are read. */
  public static Analyzer synonymEntries() {
    return build(false, false);
  }

  private static Analyzer build(boolean indexing, boolean synonyms) {
    try {
      CustomAnalyzer.Builder b = CustomAnalyzer.builder(new ClasspathResourceLoader(DomainAnalysis.class))
          .addCharFilter(MappingCharFilterFactory.class, "mapping", CHARACTERS)
          .withTokenizer(ChemistryTokenizerFactory.class);
      if (indexing) {
        b.addTokenFilter(ChemistryPartsFilterFactory.class);
      }
      b.addTokenFilter(EnglishPossessiveFilterFactory.class)
          .addTokenFilter(ChemistryCaseFilterFactory.class)
          .addTokenFilter(ASCIIFoldingFilterFactory.class)
          .addTokenFilter(KStemFilterFactory.class);
      if (synonyms) {
        b.addTokenFilter(SynonymGraphFilterFactory.class, "synonyms", SYNONYMS,
            "analyzer", SynonymEntryAnalyzer.class.getName());
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the analysis files " + CHARACTERS + ", " + SYNONYMS, e);
    }
  }
}
