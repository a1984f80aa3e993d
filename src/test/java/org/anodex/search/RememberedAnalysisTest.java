package org.anodex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.anodex.Fixtures;
import org.anodex.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * Snippets mark words at the offsets the analyzer gives: played back, a text must give the same
 * terms, positions and offsets as analysed afresh, the first time and every time after.
 */
class RememberedAnalysisTest {
  private static final List<String> TEXTS =
      List.of(
          "Si/C and SiO x /C composites: LiPF 6 in EC/DMC with 10 wt% FEC",
          "An abstract with mapped characters: SiO₂ − Li⁺ ions, LiPF₆ and ﬁlms",
          "Al 2 O 3 on Si-C.\nThe binder's role (PEDOT:PSS), Li, Y. et al.",
          "");

  @Test
  void aRememberedTextGivesTheTokensOfItsAnalyzer() throws IOException {
    Analyzer analyzer = Fixtures.schema().analyzer();
    RememberedAnalysis remembered = new RememberedAnalysis(analyzer, 2);
    for (int round = 0; round < 3; round++) {
      for (String field : List.of(Schema.ABSTRACT, Schema.TITLE)) {
        for (String text : TEXTS) {
          assertThat(tokens(remembered, field, text))
              .as("round %d, %s: %s", round, field, text)
              .isEqualTo(tokens(analyzer, field, text));
        }
      }
    }
  }

  private static List<String> tokens(Analyzer analyzer, String field, String text)
      throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            term
                + " +"
                + inc.getPositionIncrement()
                + " "
                + offset.startOffset()
                + "-"
                + offset.endOffset());
      }
      ts.end();
      out.add("end " + offset.endOffset());
    }
    return out;
  }
}
