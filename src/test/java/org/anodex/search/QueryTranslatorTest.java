package org.anodex.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anodex.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTranslatorTest {
  private final QueryTranslator translator = new QueryTranslator(Fixtures.schema().queryAnalyzer());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      title:(                 | at position 8: the query ends too early
      title:(silicon          | at position 15: the query ends too early
      "silicon anode          | at position 15: a quote or escape is not closed
      silicon AND             | at position 12: the query ends too early
      abstract:               | at position 10: the query ends too early
      silicon ) anode         | at position 9: unexpected ')'
      """)
  void brokenSyntaxSaysWhere(String q, String expected) {
    assertThatThrownBy(() -> translator.parse(q)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining(expected).hasMessageStartingWith("'" + q + "' does not parse");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Si/C composite       | title:si/c title:si@c title:"silicon carbon composite" contents:si/c
      PEDOT:PSS            | title:pedot:pss)
      a-Si:H films         | title:si:h) abstract:film)
      MEK 1/2              | title:1) title:2)
      title:silicon        | title:silicon
      TITLE:silicon        | title:silicon
      author:Zhang         | author:zhang
      doi:10.1007/S11581   | doi:10.1007/s11581
      """)
  void chemistryIsTextAndFieldsAreFields(String q, String expectedClauses) {
    String parsed = translator.parse(q).toString();
    for (String clause : expectedClauses.split(" ")) {
      assertThat(parsed).contains(clause);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a*        | Wildcard too broad
      s?licon   | Wildcard too broad
      si~       | Fuzzy term too short
      """)
  void broadWildcardsAndFuzzyTermsAreRefusedNamingTheLimit(String q, String title) {
    assertThatThrownBy(() -> translator.parse(q)).isInstanceOfSatisfying(InvalidRequestException.class,
        e -> assertThat(e.title()).isEqualTo(title));
  }

  @org.junit.jupiter.api.Test
  void aVeryLongQueryIsRefused() {
    assertThatThrownBy(() -> translator.parse("silicon ".repeat(300))).hasMessageContaining("limit is 2000");
  }

  /** What the query's meaning is embedded from: the plain words, not fields, exclusions or operators. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Si/C composite anodes do not crack              | Si/C composite anodes do not crack
      title:silicon                                   | ''
      title:(silicon anode) volume expansion          | volume expansion
      "micro-sized silicon" AND binder -graphite      | micro-sized silicon binder
      sodium-ion NOT abstract:"hard carbon" cathode   | sodium-ion cathode
      +LiPF6 electrolyte^2 id:"k-1"                   | LiPF6 electrolyte 2
      PEDOT:PSS binder                                | PEDOT:PSS binder
      """)
  void plainWordsLeaveOutFieldsExclusionsAndOperators(String q, String words) {
    assertThat(QueryTranslator.plainWords(q)).isEqualTo(words);
  }
}
