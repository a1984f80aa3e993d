package org.anodex.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.anodex.Fixtures;
import org.anodex.paper.Paper;
import org.anodex.paper.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TopicTaggerTest {
  private static TopicTagger tagger;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = Files.newInputStream(Fixtures.resource("enrich/test-taxonomy.yaml"))) {
      tagger = new TopicTagger(Taxonomy.parse(in, "test-taxonomy.yaml"));
    }
  }

  private static List<Topic> tag(String title, String abstractText, String body) {
    Paper p = Paper.builder().title(title).abstractText(abstractText).body(body).build("x");
    return tagger.enrich(p).topics();
  }

  /** The built-in taxonomy tags a paper only where it names the field (taxonomy.yaml's context). */
  @Test
  void aPaperOutsideTheFieldGetsNoTags() {
    TopicTagger builtIn = new TopicTagger(Taxonomy.defaults());
    Paper thrombosis =
        Paper.builder()
            .title("Risk of deep vein thrombosis after hip fracture")
            .abstractText(
                "Patients with a femoral fracture were followed for venous thromboembolism.")
            .build("dvt");
    assertThat(builtIn.enrich(thrombosis).topics()).isEmpty();
    Paper anode =
        Paper.builder()
            .title("Fracture of silicon particles in lithium-ion battery anodes")
            .abstractText("Particle fracture and pulverization cut the electronic contact.")
            .build("si");
    assertThat(builtIn.enrich(anode).topics())
        .extracting(Topic::dimension, Topic::value)
        .contains(org.assertj.core.groups.Tuple.tuple("failure", "pulverization"));
  }

  @Test
  void theMostSpecificValueIsKeptWithTheMatchedPhraseAsEvidence() {
    assertThat(tag("Micro-sized silicon anodes", "A silicon anode that does not crack.", null))
        .containsExactly(new Topic("material", "silicon/micro-Si", "Micro-sized silicon"));
  }

  @Test
  void abbreviationsNeedTheirContextInTheSameSentence() {
    assertThat(tag("PAA binder for Si anodes", null, null))
        .extracting(Topic::value)
        .containsExactlyInAnyOrder("silicon", "PAA");
    assertThat(tag("PAA hydrogels. A binder is not discussed here", null, null)).isEmpty();
    assertThat(tag("Si electrode for solar cells", null, null)).isEmpty();
    assertThat(tag("Si and si in plain English", null, null)).isEmpty();
  }

  @Test
  void termsIgnoreCaseHyphensAndPluralsAndRegexesCatchFormulas() {
    assertThat(
            tag(
                "Poly(acrylic acid)s and micron sized Si",
                "Silicon monoxide, SiO_x and SiOx.",
                null))
        .extracting(Topic::value)
        .containsExactlyInAnyOrder("PAA", "silicon/micro-Si", "SiOx");
  }

  /**
   * A dimension's aside words veto a signal in its clause (before, after) or sentence, and only in
   * that dimension.
   */
  @Test
  void asideWordsMarkAThingNamedAsideFromThePapersOwn() {
    assertThat(tag("Unlike poly(acrylic acid), our silicon anode lasts", null, null))
        .extracting(Topic::value)
        .containsExactly("silicon");
    assertThat(tag("Unlike silicon anodes of old, poly(acrylic acid) holds", null, null))
        .extracting(Topic::value)
        .containsExactlyInAnyOrder("silicon", "PAA");
    assertThat(tag("Unlike the old silicon anode of today poly(acrylic acid) holds", null, null))
        .extracting(Topic::value)
        .as("more than four words between")
        .containsExactlyInAnyOrder("silicon", "PAA");
    assertThat(tag("A poly(acrylic acid) coating on silicon anodes", null, null))
        .extracting(Topic::value)
        .containsExactly("silicon");
    assertThat(
            tag(
                "Silicon anodes",
                "In future work, poly(acrylic acid) will be tried. Poly(acrylic acid) is cheap.",
                null))
        .extracting(Topic::value)
        .containsExactlyInAnyOrder("silicon", "PAA");
    assertThat(tag("Silicon anodes", "In future work, poly(acrylic acid) will be tried.", null))
        .extracting(Topic::value)
        .containsExactly("silicon");
  }

  @Test
  void aFormulaThatEndsItsSentenceIsFound() {
    assertThat(tag("A study", "The anode was made of SiOx. Binders follow.", null))
        .containsExactly(new Topic("material", "SiOx", "SiOx"));
  }

  @Test
  void aBodyMentionCountsOnlyWhenRepeatedAndNotInTheReferences() {
    assertThat(tag("A study", null, "We used silicon monoxide.")).isEmpty();
    assertThat(tag("A study", null, "We used silicon monoxide. Silicon monoxide again."))
        .extracting(Topic::value)
        .containsExactly("SiOx");
    String cited =
        "Introduction text.\n\n".repeat(5)
            + "References\n\nSilicon monoxide anodes. Silicon monoxide again.";
    assertThat(tag("A study", null, cited)).isEmpty();
  }
}
