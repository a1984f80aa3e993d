package org.anodex.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The measures on lists small enough to compute by hand, with trec_eval's conventions. */
class MetricsTest {
  private static final Map<String, Integer> JUDGED = Map.of("a", 2, "b", 1, "c", 0, "d", 1);

  private static List<Run.Scored> ranked(String... ids) {
    Run run = new Run();
    float score = ids.length;
    List<Run.Scored> docs = new java.util.ArrayList<>();
    for (String id : ids) {
      docs.add(new Run.Scored(id, score--));
    }
    run.add("q", docs);
    return run.ranked("q");
  }

  @Test
  void ndcgUsesLinearGradesAndTheIdealOfAllJudgedRelevantDocuments() {
    // DCG = 1/log2(2) + 0 + 2/log2(4) = 2.0; ideal 2, 1, 1 = 2 + 1/log2(3) + 1/log2(4) = 3.1309
    assertThat(Metrics.ndcg(ranked("b", "c", "a"), JUDGED, 10))
        .isCloseTo(2.0 / 3.1309298, within(1e-6));
    assertThat(Metrics.ndcg(ranked("a", "b", "d"), JUDGED, 10)).isCloseTo(1.0, within(1e-9));
    assertThat(Metrics.ndcg(ranked("x", "a"), JUDGED, 1)).isZero();
  }

  @Test
  void recallAndReciprocalRankCountGradeOneAndAbove() {
    assertThat(Metrics.recall(ranked("c", "x", "d"), JUDGED, 100)).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(Metrics.recall(ranked("c", "x", "d"), JUDGED, 2)).isZero();
    assertThat(Metrics.reciprocalRank(ranked("c", "x", "d"), JUDGED, 10))
        .isCloseTo(1.0 / 3, within(1e-9));
    assertThat(Metrics.reciprocalRank(ranked("c", "x", "d"), JUDGED, 2)).isZero();
  }

  @Test
  void tiesAreBrokenAsTrecEvalDoesByDocumentIdDescending() {
    Run run = new Run();
    run.add(
        "q", List.of(new Run.Scored("a", 1f), new Run.Scored("c", 1f), new Run.Scored("b", 2f)));
    assertThat(run.ranked("q")).extracting(Run.Scored::docId).containsExactly("b", "c", "a");
  }

  @Test
  void queriesWithoutRelevantJudgmentsAreNotScoredAndUnansweredQueriesCountZero() {
    Qrels qrels = new Qrels(Map.of("1", Map.of("a", 1), "2", Map.of("b", 0), "3", Map.of("c", 1)));
    Run run = new Run();
    run.add("1", List.of(new Run.Scored("a", 1f)));
    RankingEvaluation.Report r = RankingEvaluation.score(run, qrels);
    assertThat(r.queries()).isEqualTo(2);
    assertThat(r.ndcg10()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void claimsAreSearchedAsPlainText() {
    assertThat(PlainText.escape("TCR/CD3 (in T cells) : NOT required"))
        .isEqualTo("TCR\\/CD3 \\(in T cells\\) \\: \\NOT required");
    assertThat(PlainText.escape("a \"b\" c* ~d AND-ing"))
        .isEqualTo("a \\\"b\\\" c\\* \\~d AND\\-ing");
  }
}
