package org.anodex.eval;

import java.util.List;
import java.util.Map;

/**
 * The measures of trec_eval ({@code ndcg_cut.10}, {@code recall.100}, {@code recip_rank} cut at
 * 10), on one query's ranked list. Gains are the judged grades (trec_eval's linear gain, as BEIR
 * reports them); a document counts as relevant from grade 1; unjudged documents are not relevant.
 */
public final class Metrics {
  private Metrics() {}

  public static double ndcg(List<Run.Scored> ranked, Map<String, Integer> judged, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += gain(judged, ranked.get(i).docId()) / log2(i + 2);
    }
    List<Integer> ideal =
        judged.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  public static double recall(List<Run.Scored> ranked, Map<String, Integer> judged, int k) {
    long relevant = judged.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 0;
    }
    int found = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (gain(judged, ranked.get(i).docId()) > 0) {
        found++;
      }
    }
    return (double) found / relevant;
  }

  /** The reciprocal rank of the first relevant document within the first k, else 0. */
  public static double reciprocalRank(List<Run.Scored> ranked, Map<String, Integer> judged, int k) {
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (gain(judged, ranked.get(i).docId()) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static int gain(Map<String, Integer> judged, String docId) {
    return Math.max(0, judged.getOrDefault(Qrels.docKey(docId), 0));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
