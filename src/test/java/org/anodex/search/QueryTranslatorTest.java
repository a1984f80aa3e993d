package org.anodex.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anodex.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTranslatorTest {
  private final QueryTranslator translator = new QueryTranslator(Fixtures.schema().queryAnalyzer());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      title:(                 | at position 8: the query ends too early
      title:(silicon          | at position 15: the query ends too early
      "silicon anode          | at position 15: a quote or escape is not closed
      silicon AND             | at position 12: the query ends too early
      abstract:               | at position 10: the query ends too early
      silicon ) anode         | at position 9: unexpected ')'
      """)
  void brokenSyntaxSaysWhere(String q, String expected) {
    assertThatThrownBy(() -> translator.parse(q))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining(expected)
        .hasMessageStartingWith("'" + q + "' does not parse");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
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
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      a*        | Wildcard too broad
      s?licon   | Wildcard too broad
      si~       | Fuzzy term too short
      """)
  void broadWildcardsAndFuzzyTermsAreRefusedNamingTheLimit(String q, String title) {
    assertThatThrownBy(() -> translator.parse(q))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.title()).isEqualTo(title));
  }

  @org.junit.jupiter.api.Test
  void moreFuzzyOrWildcardWordsThanTheLimitAreRefusedBeforeAnyExpansion() {
    String[] words = {
      "silicon",
      "lithium",
      "anode",
      "cathode",
      "graphite",
      "binder",
      "electrolyte",
      "capacity",
      "voltage",
      "cycling"
    };
    String eight = String.join("~2 ", java.util.Arrays.copyOf(words, 8)) + "~2";
    assertThat(translator.parse(eight + " " + eight.replace("~2", "")).toString())
        .contains("silicon~2");
    assertThat(translator.parse("title:sil* abstract:sil* sil* silicon~2").toString())
        .contains("sil*");
    assertThatThrownBy(() -> translator.parse(eight + " volt* cycling~1"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.title()).isEqualTo("Query too large"))
        .hasMessage("the query has 10 fuzzy or wildcard words; the limit is 8");
  }

  @org.junit.jupiter.api.Test
  void aFuzzyWordStandsForAtMostSixteenIndexWordsOfAField() throws Exception {
    var searcher = Fixtures.sample().index().acquire();
    try {
      var unbounded =
          new org.apache.lucene.search.FuzzyQuery(
              new org.apache.lucene.index.Term(org.anodex.index.Schema.BODY, "cell"), 2);
      assertThat(terms(searcher.rewrite(unbounded)))
          .as("what Lucene's default of 50 finds")
          .hasSizeGreaterThan(16);
      assertThat(terms(searcher.rewrite(translator.parse("body:cell~2"))))
          .isNotEmpty()
          .hasSizeLessThanOrEqualTo(QueryLimits.MAX_FUZZY_EXPANSIONS);
    } finally {
      Fixtures.sample().index().release(searcher);
    }
  }

  private static java.util.Set<org.apache.lucene.index.Term> terms(
      org.apache.lucene.search.Query q) {
    java.util.Set<org.apache.lucene.index.Term> terms = new java.util.HashSet<>();
    q.visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
    return terms;
  }

  @org.junit.jupiter.api.Test
  void aVeryLongQueryIsRefused() {
    assertThatThrownBy(() -> translator.parse("silicon ".repeat(300)))
        .hasMessageContaining("limit is 2000");
  }

  /**
   * What the query's meaning is embedded from: the plain words, not fields, exclusions or
   * operators.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
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
