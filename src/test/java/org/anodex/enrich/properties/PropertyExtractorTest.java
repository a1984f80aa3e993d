package org.anodex.enrich.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;
import org.junit.jupiter.api.Test;

/**
 * The forms battery papers write numbers in, each with the exact value, unit, max and conditions.
 */
class PropertyExtractorTest {
  private static final PropertyExtractor X = new PropertyExtractor();

  private static List<Property> all(String text) {
    return X.extract(text);
  }

  private static List<Property> named(String text, String name) {
    return all(text).stream().filter(p -> p.name().equals(name)).toList();
  }

  private static Property one(String text, String name) {
    List<Property> ps = named(text, name);
    assertThat(ps).as("%s in: %s -> %s", name, text, all(text)).hasSize(1);
    return ps.get(0);
  }

  private static void assertValue(Property p, double value, Double max, String unit) {
    assertThat(p.value()).isEqualTo(value);
    assertThat(p.max()).isEqualTo(max);
    assertThat(p.unit()).isEqualTo(unit);
  }

  @Test
  void capacityWithConditionsAndEvidence() {
    String s =
        "The anode delivers 1,500 mA h g\u22121 after 500 cycles at 1 A g\u22121. Another sentence.";
    Property p = one(s, "specific_capacity");
    assertValue(p, 1500, null, "mAh/g");
    assertThat(p.raw()).isEqualTo("1,500 mA h g\u22121");
    assertThat(p.conditions()).isEqualTo(Map.of("cycles", 500, "current_density", 1000.0));
    assertThat(p.evidence())
        .isEqualTo("The anode delivers 1,500 mA h g\u22121 after 500 cycles at 1 A g\u22121.");
  }

  @Test
  void unitSpellingsAllReadAsMilliampHoursPerGram() {
    for (String unit :
        List.of(
            "mAh g\u22121",
            "mAh g \u22121",
            "mA h g-1",
            "mAhg-1",
            "mAh g(-1)",
            "mAh/g",
            "mA h/g",
            "mAh g\u207B\u00B9",
            "mAh\u00B7g\u22121",
            "mAh g\u2013 1",
            "m Ah\u2219g\u22121")) {
      assertValue(
          one("It delivers 950 " + unit + " in total.", "specific_capacity"), 950, null, "mAh/g");
    }
    assertValue(one("a capacity of 1.5 Ah/g", "specific_capacity"), 1500, null, "mAh/g");
  }

  @Test
  void thinAndNoBreakSpacesInsideNumbersAndUnits() {
    assertValue(
        one("up to 3\u2009579\u202FmAh\u00A0g\u22121", "specific_capacity"), 3579, null, "mAh/g");
    assertValue(
        one("an energy density of 16\u2005769\u2009Wh\u2009kg\u22121", "energy_density"),
        16769,
        null,
        "Wh/kg");
    assertValue(one("over 1,000 cycles", "cycles"), 1000, null, "cycles");
  }

  @Test
  void scientificNotations() {
    for (String s :
        List.of(
            "1.2 \u00D7 10\u22123 S cm\u22121",
            "1.2 \u00D7 10^-3 S/cm",
            "1.2e-3 S cm-1",
            "1.2 * 10-3 S cm-1",
            "1.2\u00D710\u207B\u00B3 S\u00B7cm\u207B\u00B9",
            "1.2 mS/cm")) {
      assertValue(
          one("an ionic conductivity of " + s + " at 25 \u00B0C", "ionic_conductivity"),
          0.0012,
          null,
          "S/cm");
    }
    assertValue(
        one("a conductivity on the order of 10\u22124 S cm\u22121", "ionic_conductivity"),
        1e-4,
        null,
        "S/cm");
    assertValue(one("ionic conductivity of 12 mS/cm", "ionic_conductivity"), 0.012, null, "S/cm");
  }

  @Test
  void rangesWithDashToAndBetween() {
    assertValue(
        one("Si particles of 1\u20133 \u00B5m were milled", "particle_size"), 1000, 3000.0, "nm");
    assertValue(one("cycled between 0.01 V and 1.5 V vs. Li/Li+", "voltage"), 0.01, 1.5, "V");
    assertValue(one("in the window 0.01-1.5 V", "voltage"), 0.01, 1.5, "V");
    assertValue(one("from \u22120.2 to 0.8 V at 0.15 A/g", "voltage"), -0.2, 0.8, "V");
    assertValue(one("a cutoff voltage of 3.00\u20130.01 V vs. Li/Li+", "voltage"), 0.01, 3.0, "V");
    assertValue(one("the capacity between 1.0 and 0.01 V is small", "voltage"), 0.01, 1.0, "V");
    assertValue(
        one(
            "both keep their coulombic efficiency in the range of 98\u2013100%",
            "coulombic_efficiency"),
        98,
        100.0,
        "%");
    // A change "from a to b" is two values, not a range.
    assertThat(named("the Dv90 decreases from 1.85 to 1.26 \u00B5m", "particle_size"))
        .extracting(Property::value)
        .containsExactly(1850.0, 1260.0);
    assertThat(
            named(
                "SLMP raised the first-cycle Coulombic efficiency of the full cell from 72.3% to 94.6%.",
                "initial_coulombic_efficiency"))
        .extracting(Property::value, Property::max)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(72.3, null),
            org.assertj.core.groups.Tuple.tuple(94.6, null));
  }

  @Test
  void approximationsAreKeptAsQualifier() {
    Property p = one("a high capacity of \u223C230 mAh g\u22121", "specific_capacity");
    assertValue(p, 230, null, "mAh/g");
    assertThat(p.conditions()).containsEntry("qualifier", "~");
    assertThat(one("ca. 5 nm nanoparticles", "particle_size").conditions())
        .containsEntry("qualifier", "~");
    assertThat(one("a Coulombic efficiency \u2248 99.5%", "coulombic_efficiency").conditions())
        .containsEntry("qualifier", "~");
    assertThat(one("an average CE above 99.9%", "coulombic_efficiency").conditions())
        .containsEntry("qualifier", ">");
  }

  @Test
  void listsGiveOneValueEachPairedWithTheirConditions() {
    List<Property> ps =
        named(
            "The discharge capacities were 541, 480 and 420 mAh g\u22121 at 0.5, 0.8 and 1.0 A g\u22121, respectively.",
            "specific_capacity");
    assertThat(ps).extracting(Property::value).containsExactly(541.0, 480.0, 420.0);
    assertThat(ps)
        .extracting(p -> p.conditions().get("current_density"))
        .containsExactly(500.0, 800.0, 1000.0);
    assertThat(
            named("capacities of 541 , 480 , 445 , 409 and 382 mA h g\u22121", "specific_capacity"))
        .hasSize(5);
    assertThat(named("retention ratios (84 vs 75% after 100 cycles)", "capacity_retention"))
        .extracting(Property::value)
        .containsExactly(84.0, 75.0);
  }

  @Test
  void cRateKeptApartFromCurrentDensity() {
    Property p = one("a capacity of 103 mAh g-1 at 0.5 C", "specific_capacity");
    assertThat(p.conditions()).isEqualTo(Map.of("c_rate", 0.5));
    assertValue(one("cycled at C/10", "c_rate"), 0.1, null, "C");
    assertThat(named("3 C/0.05 C and 25\u00B0C", "c_rate"))
        .extracting(Property::value)
        .containsExactly(3.0, 0.05);
    assertThat(named("13C and 29Si MAS NMR; the 13C-13C correlation", "c_rate")).isEmpty();
    assertThat(named("(Fig. 3C) at 25 oC", "c_rate")).isEmpty();
  }

  @Test
  void retentionNeedsRetentionContext() {
    Property r = one("a capacity retention of 85% after 500 cycles at 1 C", "capacity_retention");
    assertValue(r, 85, null, "%");
    assertThat(r.conditions()).isEqualTo(Map.of("cycles", 500, "c_rate", 1.0));
    assertValue(
        one("it retains 80.3 % of its capacity over 1000 cycles", "capacity_retention"),
        80.3,
        null,
        "%");
    assertThat(
            named(
                "full cells retain 85% of their capacity after 1000 cycles and 70% after 1900 cycles",
                "capacity_retention"))
        .extracting(p -> p.conditions().get("cycles"))
        .containsExactly(1000, 1900);
    assertThat(named("a capacity loss of 25 % and a fade of 0.02% per cycle", "capacity_retention"))
        .isEmpty();
    assertThat(named("approximately 80 % of the theoretical capacity", "capacity_retention"))
        .isEmpty();
  }

  @Test
  void initialAndLaterCoulombicEfficiency() {
    assertValue(one("an ICE of 88%", "initial_coulombic_efficiency"), 88, null, "%");
    assertValue(
        one("an initial Coulombic efficiency of 76.5 %", "initial_coulombic_efficiency"),
        76.5,
        null,
        "%");
    assertValue(one("the first-cycle CE is 81%", "initial_coulombic_efficiency"), 81, null, "%");
    assertValue(
        one(
            "The first discharge capacity is 2252 mA h g\u22121 with a coulombic efficiency of 60.7%.",
            "initial_coulombic_efficiency"),
        60.7,
        null,
        "%");
    assertValue(
        one("an average CE of 99.8% over 300 cycles", "coulombic_efficiency"), 99.8, null, "%");
    assertThat(named("a 30% coulombic efficiency loss", "coulombic_efficiency")).isEmpty();
  }

  @Test
  void numbersThatAreNotProperties() {
    String text =
        "Si expands by a volume swelling of 300% (up to 400% volume change). The cell was held at 50% SOC "
            + "and a state of charge of 80%. This is a 20% improvement, and the capacity increased by 35%. The electrolyte "
            + "contains 10 wt% FEC and 2 vol% VC; the composite has 68 at% SiO2. Cells ran at 25 \u00B0C and \u221240\u00B0C for 4500 h. "
            + "The electronic conductivity is 10\u221214 S cm\u22121, an electrical conductivity of 2.9 \u00D7 10\u22129 S cm\u22121 and a "
            + "high conductivity (151 S m-1). Li (50 \u00B5m) foil and a 10 nm SEI layer; a 0.5-nm TiO2 coating; roughness of 3.1 nm. "
            + "The average voltage was enhanced by 0.15 V; temperature coefficients of 0.86 mV K-1; CV at 0.1 mV s\u22121. Na 3 V 2 (PO 4 ) 3 and "
            + "Li15Si4, LiNi0.8Co0.1Mn0.1O2, NCM811. See Fig. 2C and ref. 35. A 5 Ah pouch cell under 40 MPa, N/P ratio of 1.1.";
    assertThat(all(text)).as("%s", all(text)).isEmpty();
  }

  @Test
  void unitsOfEveryProperty() {
    assertValue(
        one("an areal capacity of 3.2 mAh cm\u22122", "areal_capacity"), 3.2, null, "mAh/cm2");
    assertValue(one("a mass loading of 2.1 mg cm\u22122", "mass_loading"), 2.1, null, "mg/cm2");
    assertValue(one("3.1 mg sulfur cm\u22122 of loading", "mass_loading"), 3.1, null, "mg/cm2");
    assertValue(one("Si nanoparticles of 50 nm", "particle_size"), 50, null, "nm");
    assertValue(one("micro-sized Si particles (5 \u00B5m)", "particle_size"), 5000, null, "nm");
    assertValue(one("a 3.7 V cell", "voltage"), 3.7, null, "V");
    assertValue(one("an overpotential of 20 mV", "voltage"), 0.02, null, "V");
    assertValue(one("~4.7 vs. Li/Li+", "voltage"), 4.7, null, "V");
    assertValue(one("350 Wh kg\u22121 at the cell level", "energy_density"), 350, null, "Wh/kg");
    assertValue(
        one("an energy density of 1125 Wh L\u22121", "volumetric_energy_density"),
        1125,
        null,
        "Wh/L");
    assertValue(one("at 500 mA g-1", "current_density"), 500, null, "mA/g");
    assertValue(one("at 2.0 A gSi+C -1", "current_density"), 2000, null, "mA/g");
    assertValue(one("at 0.2 mA cm\u22122", "areal_current_density"), 0.2, null, "mA/cm2");
    assertValue(one("the 800th capacity retention of 79%", "cycles"), 800, null, "cycles");
    assertValue(one("1000 lithiation and delithiation cycles", "cycles"), 1000, null, "cycles");
    assertThat(named("prepared with 28 ALD cycles", "cycles")).isEmpty();
  }

  @Test
  void unconvertibleValuesKeepTheirRawTextWithValueNull() {
    Property p = one("commercial 325-mesh Si powder", "particle_size");
    assertThat(p.value()).isNull();
    assertThat(p.unit()).isEqualTo("mesh");
    assertThat(p.raw()).isEqualTo("325-mesh");
  }

  @Test
  void theoreticalValuesAreMarked() {
    assertThat(one("Si has a theoretical capacity of 4200 mAh/g", "specific_capacity").conditions())
        .containsEntry("theoretical", true);
  }

  @Test
  void propertiesReadBackFromJsonEqualThemselves() throws Exception {
    // The index stores papers as JSON and compares re-enriched papers with stored ones.
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    Paper paper =
        X.enrich(
            Paper.builder()
                .abstractText(
                    "It keeps 85% of its capacity after 500 cycles at 1 A g-1; 325-mesh Si powder.")
                .build("k"));
    Paper back = json.readValue(json.writeValueAsBytes(paper), Paper.class);
    assertThat(back.properties()).hasSize(4).isEqualTo(paper.properties());
  }

  @Test
  void conditionsSerializeInOneOrderSoThatContentHashesAreStable() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var a = new java.util.LinkedHashMap<String, Object>();
    a.put("qualifier", "~");
    a.put("cycles", 500);
    a.put("current_density", 1000.0);
    var b = new java.util.LinkedHashMap<String, Object>();
    b.put("current_density", 1000.0);
    b.put("cycles", 500);
    b.put("qualifier", "~");
    assertThat(json.writeValueAsString(new Property("cycles", 1.0, null, "x", "r", a, "e")))
        .isEqualTo(json.writeValueAsString(new Property("cycles", 1.0, null, "x", "r", b, "e")))
        .contains("{\"current_density\":1000.0,\"cycles\":500,\"qualifier\":\"~\"}");
  }

  @Test
  void enrichReadsTitleAbstractAndBodyAndListsEachValueOnce() {
    Paper paper =
        Paper.builder()
            .title("A 4 mAh cm\u22122 silicon anode")
            .abstractText("It keeps 4 mAh cm\u22122 over 300 cycles.")
            .body(
                "Methods\n\nThe cells ran 300 cycles. "
                    + "They were assembled in an argon-filled glove box. ".repeat(5)
                    + "\n\nReferences\n\n[1] J. Doe, 2020, 500 cycles.")
            .build("k");
    List<Property> ps = X.enrich(paper).properties();
    assertThat(ps).extracting(Property::name).containsExactly("areal_capacity", "cycles");
    assertThat(ps.get(0).evidence()).isEqualTo("A 4 mAh cm\u22122 silicon anode");
  }
}
