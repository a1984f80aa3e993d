package org.anodex.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.anodex.index.Analysis;
import org.anodex.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact terms of tricky text. A term written "a|b" is "a" with "b" stacked at its position (the
 * parts of a notation at index time, the alternatives of a synonym at query time).
 */
class AnalysisTest {

  static String terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Schema.ABSTRACT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() == 0 && !out.isEmpty()) {
          out.set(out.size() - 1, out.get(out.size() - 1) + "|" + term);
        } else {
          out.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return String.join(" ", out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '`',
      textBlock =
          """
      LiPF6 in EC                          => lipf6 in ec
      LiPF₆ salt                           => lipf6 salt
      LiPF 6 -based electrolyte            => lipf6 base electrolyte
      Li4Ti5O12 and Li₄Ti₅O₁₂              => li4ti5o12 and li4ti5o12
      LiNi0.8Co0.1Mn0.1O2 cathodes         => lini0.8co0.1mn0.1o2 cathode
      LiNi1/3Co1/3Mn1/3O2                  => lini1/3co1/3mn1/3o2
      LiNi 0.8 Co 0.1 Mn 0.1 O 2           => lini0.8co0.1mn0.1o2
      SiOx anodes                          => siox anode
      SiO_x anodes                         => siox anode
      SiO x anodes                         => siox anode
      SiOₓ anodes                          => siox anode
      SiO x /C layer                       => siox/c|siox|c layer
      Al 2 O 3 coating by ALD              => al2o3 coating by ald
      Li15Si4 phase                        => li15si4 phase
      """)
  void formulasSurviveAsOneTermWhateverTheirSubscripts(String text, String expected) {
    assertThat(terms(Analysis.forIndexing(), text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '`',
      textBlock =
          """
      Si/C composite                       => si/c|Si|c composite
      Si@SiO2@C yolk-shell                 => si@sio2@c|Si|sio2|c yolk shell
      Si-C and Li-S cells                  => si-c|Si|c and li-s|Li|s cell
      PEDOT:PSS binder                     => pedot:pss|pedot|pss binder
      a-Si:H films                         => a si:h|Si|h film
      Li-ion batteries                     => Li ion battery
      T-cell and TCR/CD3 and EC/DEC        => t cell and tcr cd3 and ec dec
      """)
  void notationsAreWholeAndIndexedWithTheirParts(String text, String expected) {
    assertThat(terms(Analysis.forIndexing(), text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '`',
      textBlock =
          """
      Si anodes, et al.                    => Si anode et al
      SI units and si                      => si unit and si
      Co-doped with co-solvent             => Co dope with co solvent
      Al foil, et al.                      => Al foil et al
      In this work, As shown               => in this work as shown
      CO 2 and NO                          => co2 and no
      `Li, Y.; Co, J. Adv. Mater. 2019`    => li y co j adv mate 2019
      `Li, Si and Al foils`                => Li Si and Al foil
      Li Y Si                              => Li y Si
      """)
  void caseMattersOnlyForElementSymbols(String text, String expected) {
    assertThat(terms(Analysis.forIndexing(), text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '`',
      textBlock =
          """
      1500 mAh g−1                         => 1500 mah g 1
      1500 mAh g⁻¹                         => 1500 mah g 1
      Li–S and Si‐based                    => li-s|Li|s and Si base
      5 µm and 5 μm                        => 5 μm and 5 μm
      3.7 V                                => 3.7 v
      """)
  void unicodeMinusSuperscriptsDashesAndSpacesAreNormalized(String text, String expected) {
    assertThat(terms(Analysis.forIndexing(), text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '`',
      textBlock =
          """
      batteries electrodes carbonates      => battery electrode carbonate
      silicone silicon carbon oxides       => silicone silicon carbon oxide
      The SEI's growth                     => the sei growth
      Silicón anodes                       => silicon anode
      """)
  void stemmingTakesInflectionsOffEnglishButLeavesChemistryApart(String text, String expected) {
    assertThat(terms(Analysis.forIndexing(), text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '`',
      textBlock =
          """
      activation activity active           => activ activ activ
      LiPF6 in Si electrolytes             => lipf6 in Si electrolyt
      Si/C composites                      => si/c|Si|c composit
      """)
  void theStemmedContentsFieldConflatesEnglishHarderButLeavesChemistryExact(
      String text, String expected) {
    assertThat(terms(DomainAnalysis.indexing(DomainAnalysis.Stemmer.PORTER), text))
        .isEqualTo(expected);
  }

  @Test
  void synonymsExpandQueriesNotTheIndex() {
    assertThat(terms(Analysis.forIndexing(), "FEC")).isEqualTo("fec");
    assertThat(terms(Analysis.forQueries(), "FEC")).contains("fec", "fluoroethylene", "carbonate");
    assertThat(terms(Analysis.forQueries(), "fluoroethylene carbonate")).contains("fec");
    assertThat(terms(Analysis.forQueries(), "silicon suboxide")).contains("siox", "sio");
    assertThat(terms(Analysis.forQueries(), "SiO_x")).contains("siox", "suboxide", "monoxide");
    assertThat(terms(Analysis.forQueries(), "SiO x")).contains("siox", "suboxide");
    assertThat(terms(Analysis.forQueries(), "PAA")).contains("polyacrylic", "acrylic");
    assertThat(terms(Analysis.forQueries(), "poly(acrylic acid)")).contains("paa");
    assertThat(terms(Analysis.forQueries(), "silicon")).contains("Si");
    assertThat(terms(Analysis.forQueries(), "lithium-ion batteries")).contains("lib");
    assertThat(terms(Analysis.forQueries(), "PVdF")).contains("pvdf", "vinylidene");
  }

  @Test
  void authorNamesAreNotChemistry() {
    List<String> names = new ArrayList<>();
    try (TokenStream ts = Analysis.forIndexing().tokenStream(Schema.AUTHORS, "Li Wei, Zhang Co")) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        names.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(names).containsExactly("li", "wei", "zhang", "co");
  }
}
