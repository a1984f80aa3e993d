package org.anodex.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.KStemFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The analysis chains of text fields, built from Lucene factories and resource files so that a Solr
 * schema can declare the very same chain (same factory classes, same {@code
 * chemistry-characters.txt} and {@code synonyms.txt}):
 *
 * <pre>
 * mapping char filter (chemistry-characters.txt: sub/superscripts, minus signs, odd spaces)
 * ChemistryTokenizer        (formulas and notations whole: LiPF6, Si/C, SiO x = SiOx)
 * ChemistryPartsFilter      (index only: Si/C also as Si and C)
 * EnglishPossessiveFilter
 * ChemistryCaseFilter       (lower case, but "Si" stays "Si"; formulas are keywords)
 * ASCIIFoldingFilter
 * KStemFilter or PorterStemFilter (see {@link Stemmer})
 * SynonymGraphFilter        (query only: synonyms.txt, its entries analysed by the chain above)
 * </pre>
 */
public final class DomainAnalysis {
  public static final String CHARACTERS = "/chemistry-characters.txt";
  public static final String SYNONYMS = "/synonyms.txt";

  /**
   * The chain's stemmer, and the analyzer that reads the synonyms file's entries as that chain
   * does.
   */
  public enum Stemmer {
    /** Inflections only: "carbonates" is "carbonate", never "carbon". The text fields' stemmer. */
    KSTEM(KStemFilterFactory.class, SynonymEntryAnalyzer.class),
    /**
     * Porter's, for {@code contents_porter}, scored beside the KStem field: it conflates what KStem
     * keeps apart ("activation", "activity", "active"), which helps general scientific text;
     * formulas and element symbols are keywords, which Porter leaves alone, so "LiPF6" and "Si"
     * stay exact.
     */
    PORTER(PorterStemFilterFactory.class, SynonymEntryAnalyzer.Porter.class);

    private final Class<? extends TokenFilterFactory> factory;
    private final Class<? extends Analyzer> synonymEntries;

    Stemmer(Class<? extends TokenFilterFactory> factory, Class<? extends Analyzer> synonymEntries) {
      this.factory = factory;
      this.synonymEntries = synonymEntries;
    }
  }

  private DomainAnalysis() {}

  public static Analyzer indexing(Stemmer stemmer) {
    return build(stemmer, true, false);
  }

  /**
   * The indexing chain without its stemmer (the last step), whose tokens {@link #stem} then stems:
   * text that several fields index is analysed once and stemmed each way.
   */
  public static Analyzer indexingUnstemmed() {
    return build(null, true, false);
  }

  /** {@code in} through the stemmer's filter, as the chain has it. */
  public static TokenStream stem(Stemmer stemmer, TokenStream in) {
    try {
      return stemmer
          .factory
          .getConstructor(Map.class)
          .newInstance(new HashMap<String, String>())
          .create(in);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Analyzer queries(Stemmer stemmer) {
    return build(stemmer, false, true);
  }

  /** Query analysis without synonyms: how the entries of the synonyms file are read. */
  public static Analyzer synonymEntries(Stemmer stemmer) {
    return build(stemmer, false, false);
  }

  private static Analyzer build(Stemmer stemmer, boolean indexing, boolean synonyms) {
    try {
      CustomAnalyzer.Builder b =
          CustomAnalyzer.builder(new ClasspathResourceLoader(DomainAnalysis.class))
              .addCharFilter(MappingCharFilterFactory.class, "mapping", CHARACTERS)
              .withTokenizer(ChemistryTokenizerFactory.class);
      if (indexing) {
        b.addTokenFilter(ChemistryPartsFilterFactory.class);
      }
      b.addTokenFilter(EnglishPossessiveFilterFactory.class)
          .addTokenFilter(ChemistryCaseFilterFactory.class)
          .addTokenFilter(ASCIIFoldingFilterFactory.class);
      if (stemmer != null) {
        b.addTokenFilter(stemmer.factory);
      }
      if (synonyms) {
        b.addTokenFilter(
            SynonymGraphFilterFactory.class,
            "synonyms",
            SYNONYMS,
            "analyzer",
            stemmer.synonymEntries.getName());
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the analysis files " + CHARACTERS + ", " + SYNONYMS, e);
    }
  }
}
