package org.anodex.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anodex.Fixtures;
import org.anodex.enrich.Taxonomy;
import org.anodex.enrich.TopicTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality bar of topic tagging, kept as data in {@code eval/tag-thresholds.yaml} and measured
 * by the same code as {@code anodex eval-tags} on the hand-labelled dev set (skipped where
 * ../shared is absent), and how values are counted, on two made-up records.
 */
class TagEvalTest {

  @Test
  void devFiguresHoldTheThresholds() throws IOException {
    Path corpus = Fixtures.corpora().resolve("battery-abstracts");
    TagEvaluation.Result dev =
        TagEvaluation.evaluate(
            Fixtures.resource("eval/tags-dev.yaml"), corpus, new TopicTagger(Taxonomy.defaults()));
    TagThresholds thresholds = TagThresholds.load(Fixtures.resource("eval/tag-thresholds.yaml"));
    assertThat(thresholds.dev()).containsKeys("material", "binder", "electrolyte");
    for (String dim : new String[] {"material", "binder", "electrolyte"}) {
      assertThat(thresholds.dev().get(dim).precision()).isGreaterThanOrEqualTo(0.90);
      assertThat(thresholds.dev().get(dim).recall()).isGreaterThanOrEqualTo(0.80);
      assertThat(dev.labelledPapers().get(dim)).isEqualTo(dev.papers().size());
    }
    assertThat(dev.papers()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(thresholds.failures(dev)).isEmpty();
  }

  /**
   * The team's own cases (tags-cases.yaml: families named as background, comparison, outlook,
   * coating or binder; salts in their spellings) need no corpus, so they run everywhere, and each
   * must come out exactly as labelled.
   */
  @Test
  void writtenCasesAreTaggedExactlyAsLabelled(@TempDir Path noCorpus) throws IOException {
    TagEvaluation.Result cases =
        TagEvaluation.evaluate(
            Fixtures.resource("eval/tags-cases.yaml"),
            noCorpus.resolve("none"),
            new TopicTagger(Taxonomy.defaults()));
    assertThat(cases.papers()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(cases.papers())
        .allSatisfy(p -> assertThat(p.falsePositives()).as(p.doi() + " false positives").isEmpty())
        .allSatisfy(p -> assertThat(p.falseNegatives()).as(p.doi() + " false negatives").isEmpty());
  }

  @Test
  void heldOutLabelsAllReadAndNameCorpusPapers() throws IOException {
    Path corpus = Fixtures.corpora().resolve("battery-abstracts");
    TagEvaluation.Result holdout =
        TagEvaluation.evaluate(
            Fixtures.resource("eval/tags-holdout.yaml"),
            corpus,
            new TopicTagger(Taxonomy.defaults()));
    assertThat(holdout.papers()).hasSize(20);
  }

  @Test
  void valuesCountWithTheirParentsOnBothSidesAndOnlyInLabelledDimensions(@TempDir Path dir)
      throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("records.jsonl"),
        """
        {"doi": "10.5555/t.1", "title": "Micro-sized silicon anodes with a PAA binder"}
        {"doi": "10.5555/t.2", "title": "Silicon monoxide anodes with a PAA binder"}
        """);
    Path labels = dir.resolve("labels.yaml");
    Files.writeString(
        labels,
        """
        papers:
          - doi: 10.5555/t.1
            material: [silicon]
            binder: []
          - doi: 10.5555/T.2
            material: [silicon/micro-Si, SiOx]
        """);
    TopicTagger tagger =
        new TopicTagger(Taxonomy.load(Fixtures.resource("enrich/test-taxonomy.yaml")));

    TagEvaluation.Result r = TagEvaluation.evaluate(labels, corpus, tagger);

    // t.1: tagged silicon/micro-Si = {silicon, silicon/micro-Si} against {silicon}; t.2: {SiOx}
    // against {silicon, silicon/micro-Si, SiOx}. t.2's PAA is not scored: its binder is not
    // labelled.
    assertThat(r.byDimension().get("material")).isEqualTo(new Tally(4, 3, 2));
    assertThat(r.byDimension().get("binder")).isEqualTo(new Tally(0, 1, 0));
    assertThat(r.labelledPapers()).containsEntry("material", 2).containsEntry("binder", 1);
    assertThat(r.all()).isEqualTo(new Tally(4, 4, 2));
    assertThat(r.papers().get(0).falsePositives())
        .containsExactly(
            new TagEvaluation.Error("material", "silicon/micro-Si", "Micro-sized silicon"),
            new TagEvaluation.Error("binder", "PAA", "PAA"));
    assertThat(r.papers().get(1).falseNegatives())
        .containsExactly(new TagEvaluation.Error("material", "silicon/micro-Si", null));
  }

  @Test
  void aLabelThatIsNoTaxonomyValueIsRefused(@TempDir Path dir) throws IOException {
    Path labels = dir.resolve("labels.yaml");
    Files.writeString(labels, "papers:\n  - doi: 10.5555/t.1\n    material: [silicium]\n");
    assertThatThrownBy(() -> TagEvaluation.load(labels, Taxonomy.defaults()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("'silicium' is no value of material");
  }
}
