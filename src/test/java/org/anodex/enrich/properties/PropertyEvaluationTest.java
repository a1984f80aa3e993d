package org.anodex.enrich.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.anodex.Fixtures;
import org.anodex.eval.properties.AttributionSet;
import org.anodex.eval.properties.DevSet;
import org.anodex.eval.properties.PeerSet;
import org.anodex.eval.properties.Thresholds;
import org.junit.jupiter.api.Test;

/**
 * The quality bar of property extraction, kept as data in {@code eval/property-thresholds.yaml} and
 * measured by the same code as {@code anodex eval-properties}: recall on the peer set, precision
 * and recall on the hand-labelled dev set. Skips where ../shared is absent.
 */
class PropertyEvaluationTest {

  @Test
  void figuresHoldTheThresholds() throws IOException {
    Path corpora = Fixtures.corpora();
    PropertyExtractor extractor = new PropertyExtractor();
    List<PeerSet.FileResult> peer =
        PeerSet.evaluate(corpora.resolve("extraction/batterydataextractor-eval"), extractor);
    DevSet.Result dev =
        DevSet.evaluate(
            Fixtures.resource("eval/properties-dev.yaml"),
            corpora.resolve("battery-abstracts"),
            extractor);
    Thresholds thresholds = Thresholds.load(Fixtures.resource("eval/property-thresholds.yaml"));
    assertThat(thresholds.peer()).isNotEmpty();
    assertThat(thresholds.failures(peer, dev)).isEmpty();
    assertThat(dev.papers()).hasSizeGreaterThanOrEqualTo(40);
  }

  /**
   * Team-written texts, so no ../shared needed: what each value describes, its cell, section and
   * cycles.
   */
  @Test
  void attributionHoldsItsThresholds() throws IOException {
    AttributionSet.Result r =
        AttributionSet.evaluate(
            Fixtures.resource("eval/attribution.yaml"), null, new PropertyExtractor());
    Thresholds thresholds = Thresholds.load(Fixtures.resource("eval/property-thresholds.yaml"));
    assertThat(thresholds.attribution())
        .containsKeys("all", "describes", "cell", "section", "cycles");
    assertThat(r.values()).isGreaterThanOrEqualTo(60);
    assertThat(r.byKey().get("describes").checked()).isGreaterThanOrEqualTo(50);
    assertThat(Thresholds.attributionFailures("attribution", thresholds.attribution(), r))
        .as("%s", r.misses())
        .isEmpty();
  }

  /**
   * Real abstracts, labelled without looking at the extractor's answers: what the values describe,
   * their cell.
   */
  @Test
  void attributionOnCorpusAbstractsHoldsItsThresholds() throws IOException {
    Path abstracts = Fixtures.corpora().resolve("battery-abstracts");
    AttributionSet.Result r =
        AttributionSet.evaluate(
            Fixtures.resource("eval/attribution-corpus.yaml"), abstracts, new PropertyExtractor());
    Thresholds thresholds = Thresholds.load(Fixtures.resource("eval/property-thresholds.yaml"));
    assertThat(thresholds.attributionCorpus()).containsKeys("describes", "cell");
    assertThat(r.values()).isGreaterThanOrEqualTo(40);
    assertThat(
            Thresholds.attributionFailures("attribution_corpus", thresholds.attributionCorpus(), r))
        .as("%s", r.misses())
        .isEmpty();
  }

  @Test
  void heldOutFiguresStayAtLeast095() throws IOException {
    DevSet.Result holdout =
        DevSet.evaluate(
            Fixtures.resource("eval/properties-holdout.yaml"),
            Fixtures.corpora().resolve("battery-abstracts"),
            new PropertyExtractor());
    assertThat(holdout.all().precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(holdout.all().recall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void heldOutLabelsAllReadAndNameCorpusPapers() throws IOException {
    Path corpora = Fixtures.corpora();
    DevSet.Result holdout =
        DevSet.evaluate(
            Fixtures.resource("eval/properties-holdout.yaml"),
            corpora.resolve("battery-abstracts"),
            new PropertyExtractor());
    assertThat(holdout.papers()).hasSize(30);
  }
}
