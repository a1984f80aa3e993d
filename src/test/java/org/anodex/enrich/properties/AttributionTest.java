package org.anodex.enrich.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;
import org.junit.jupiter.api.Test;

/**
 * What a value describes, its cell and section, clean evidence, and values that are no battery
 * measurement.
 */
class AttributionTest {
  private static final PropertyExtractor X = new PropertyExtractor();

  private static Property value(List<Property> ps, String name, double value) {
    return ps.stream()
        .filter(p -> p.name().equals(name) && p.value() == value)
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " " + value + " not in " + ps));
  }

  @Test
  void aComparedMaterialsValueDescribesThatMaterial() {
    List<Property> ps =
        X.extract(
            "The Si@C anode delivers 1420 mAh g-1, far above LTO's 175 mAh g-1 and "
                + "graphite (372 mAh g-1), and 360 mAh g-1 is reached for the commercial graphite.");
    assertThat(value(ps, "specific_capacity", 1420).describes()).isEqualTo("Si-C composite");
    assertThat(value(ps, "specific_capacity", 175).describes()).isEqualTo("Li4Ti5O12");
    assertThat(value(ps, "specific_capacity", 372).describes()).isEqualTo("graphite");
    assertThat(value(ps, "specific_capacity", 360).describes()).isEqualTo("graphite");
  }

  @Test
  void counterElectrodesDescribeNothingAndNameTheCell() {
    List<Property> half =
        X.extract("Tested against Li metal, the porous Si anode delivers 2450 mAh g-1.");
    assertThat(value(half, "specific_capacity", 2450))
        .extracting(Property::describes, Property::cell)
        .containsExactly("silicon", "half");
    List<Property> full =
        X.extract("A pouch cell paired with an NCM811 cathode reaches 352 Wh kg-1.");
    assertThat(value(full, "energy_density", 352))
        .extracting(Property::describes, Property::cell)
        .containsExactly("cell", "full");
    List<Property> metal = X.extract("Li||NCM811 cells retain 82.9% after 330 cycles.");
    assertThat(value(metal, "capacity_retention", 82.9).cell()).isEqualTo("half");
    List<Property> unsaid =
        X.extract("A capacity of 1205 mAh g-1 is obtained at 2 A g-1 for lithium-ion batteries.");
    assertThat(value(unsaid, "specific_capacity", 1205))
        .extracting(Property::describes, Property::cell)
        .containsExactly(null, null);
  }

  @Test
  void headingsNameTheSectionAndAreNoPartOfTheEvidence() {
    Paper paper =
        Paper.builder()
            .title("Si anodes at 3000 mAh g-1")
            .abstractText("It keeps 81% after 300 cycles.")
            .body(
                "1. Introduction\n\nGraphite offers 372 mAh g-1.\n\n2. Experimental\n\n2.1. Cell assembly\n\n"
                    + "The mass loading was 1.5 mg cm-2.\n\nResults and discussion The cross-linked binder keeps the "
                    + "electrode at 2200 mAh g-1.\n\nAcknowledgements\n\nWe thank the 3 reviewers for 100 mAh g-1.")
            .build("headings");
    List<Property> ps = X.enrich(paper).properties();
    assertThat(value(ps, "specific_capacity", 3000).section()).isEqualTo("title");
    assertThat(value(ps, "capacity_retention", 81).section()).isEqualTo("abstract");
    assertThat(value(ps, "specific_capacity", 372).section()).isEqualTo("introduction");
    assertThat(value(ps, "mass_loading", 1.5).section()).isEqualTo("experimental");
    Property results = value(ps, "specific_capacity", 2200);
    assertThat(results.section()).isEqualTo("results");
    assertThat(results.evidence())
        .isEqualTo("The cross-linked binder keeps the electrode at 2200 mAh g-1.");
    assertThat(value(ps, "specific_capacity", 100).section()).isNull();
  }

  @Test
  void aStructuredAbstractsHeadingIsCutButResultsShowIsASentence() {
    Property p =
        X.extract(
                "Background Micro-Si fails. Results The Si anode delivers 2650 mAh g-1.",
                "abstract")
            .get(0);
    assertThat(p.evidence()).isEqualTo("The Si anode delivers 2650 mAh g-1.");
    assertThat(p.section()).isEqualTo("abstract");
    assertThat(X.extract("Results show that it delivers 2650 mAh g-1.").get(0).evidence())
        .isEqualTo("Results show that it delivers 2650 mAh g-1.");
  }

  @Test
  void depositionMillingAndVoltammetryCyclesAreNoBatteryCycles() {
    assertThat(X.extract("Al2O3 was grown by atomic layer deposition with 5, 10 and 20 cycles."))
        .isEmpty();
    assertThat(X.extract("The powders were ball-milled for 12 cycles of 30 min.")).isEmpty();
    assertThat(X.extract("CV curves of the first 3 cycles were recorded.")).isEmpty();
    assertThat(
            X.extract("Cyclic voltammograms were taken for 5 cycles at a scan rate of 0.1 mV s-1.")
                .stream()
                .filter(p -> p.name().equals("cycles")))
        .isEmpty();
    assertThat(
            X.extract("After ALD, the anode retains 85% after 500 cycles.").stream()
                .map(Property::name))
        .contains("cycles");
  }

  @Test
  void anInitialEfficiencyTakesNoCycleCountButARetentionDoes() {
    List<Property> ps =
        X.extract(
            "The SiOx electrode shows an initial Coulombic efficiency of 86.5% and a "
                + "retention of 91.2% after 500 cycles.");
    assertThat(value(ps, "initial_coulombic_efficiency", 86.5).conditions())
        .doesNotContainKey("cycles");
    assertThat(value(ps, "capacity_retention", 91.2).conditions()).containsEntry("cycles", 500);
  }

  @Test
  void aConditionAfterAnotherValueIsThatValuesAndAUnitEndsASentence() {
    List<Property> ps =
        X.extract(
            "It delivers 1500 mAh g-1 at 0.2 A g-1 and a retention of 85% after 500 cycles at 1 A g-1.");
    assertThat(value(ps, "specific_capacity", 1500).conditions())
        .isEqualTo(java.util.Map.of("current_density", 200.0));
    assertThat(value(ps, "capacity_retention", 85).conditions())
        .isEqualTo(java.util.Map.of("cycles", 500, "current_density", 1000.0));
    List<Property> two =
        X.extract(
            "It keeps 75.7% after 300 cycles under 3C. Furthermore, a pouch cell delivers 376.5 Wh kg-1.");
    Property energy = value(two, "energy_density", 376.5);
    assertThat(energy.conditions()).isEmpty();
    assertThat(energy.evidence()).isEqualTo("Furthermore, a pouch cell delivers 376.5 Wh kg-1.");
  }
}
