package org.anodex.enrich.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The property table is data: the built-in one loads, a user's copy is checked before it is used.
 */
class PropertyConfigTest {

  @Test
  void builtInTableHasEveryDomainPropertyWithItsCanonicalUnit() {
    PropertyConfig c = PropertyConfig.defaults();
    assertThat(c.unitOf("specific_capacity")).isEqualTo("mAh/g");
    assertThat(c.unitOf("areal_capacity")).isEqualTo("mAh/cm2");
    assertThat(c.unitOf("capacity_retention")).isEqualTo("%");
    assertThat(c.unitOf("initial_coulombic_efficiency")).isEqualTo("%");
    assertThat(c.unitOf("coulombic_efficiency")).isEqualTo("%");
    assertThat(c.unitOf("current_density")).isEqualTo("mA/g");
    assertThat(c.unitOf("cycles")).isEqualTo("cycles");
    assertThat(c.unitOf("mass_loading")).isEqualTo("mg/cm2");
    assertThat(c.unitOf("particle_size")).isEqualTo("nm");
    assertThat(c.unitOf("voltage")).isEqualTo("V");
    assertThat(c.unitOf("ionic_conductivity")).isEqualTo("S/cm");
    assertThat(c.unitOf("energy_density")).isEqualTo("Wh/kg");
    assertThat(c.units().get("Ah/g").factor()).isEqualTo(1000.0);
    assertThat(c.units().get("mS/cm").factor()).isEqualTo(0.001);
  }

  @Test
  void aUnitAddedToTheTableIsReadWithoutCodeChanges() throws IOException {
    String yaml =
        builtIn()
            .replace(
                "  mAh/g: {property: specific_capacity, factor: 1}",
                "  mAh/g: {property: specific_capacity, factor: 1}\n  mAh/mg: {property: specific_capacity, factor: 1000}");
    PropertyExtractor x = new PropertyExtractor(PropertyConfig.parse(stream(yaml), "test"));
    assertThat(x.extract("a capacity of 1.2 mAh mg-1"))
        .singleElement()
        .satisfies(p -> assertThat(p.value()).isEqualTo(1200.0));
  }

  @Test
  void unknownPropertiesAndBrokenPatternsAreRefusedWithTheFileName() {
    assertThatThrownBy(
            () ->
                PropertyConfig.parse(
                    stream(
                        builtIn()
                            .replace(
                                "{property: specific_capacity, factor: 1000}",
                                "{property: specific_capasity, factor: 1000}")),
                    "mine.yaml"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("mine.yaml")
        .hasMessageContaining("specific_capasity");
    assertThatThrownBy(
            () ->
                PropertyConfig.parse(
                    stream(builtIn().replace("per_cycle: '", "per_cycle: '(")), "mine.yaml"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("bad pattern");
    assertThatThrownBy(
            () -> PropertyConfig.parse(stream(builtIn() + "\nunknown_key: 1\n"), "mine.yaml"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("mine.yaml");
  }

  @Test
  void aMaterialAddedToTheTableIsAttributedWithoutCodeChanges() throws IOException {
    String yaml =
        builtIn().replace("    sulfur: '", "    Na3V2(PO4)3: '(?-i)\\bNVP\\b'\n    sulfur: '");
    PropertyExtractor x = new PropertyExtractor(PropertyConfig.parse(stream(yaml), "test"));
    assertThat(x.extract("The NVP cathode delivers 117 mAh g-1."))
        .singleElement()
        .satisfies(p -> assertThat(p.describes()).isEqualTo("Na3V2(PO4)3"));
  }

  @Test
  void aCopyMadeBeforeAttributionSaysWhatToAdd() {
    assertThatThrownBy(
            () ->
                PropertyConfig.parse(
                    stream(builtIn().substring(0, builtIn().indexOf("\nsections:"))), "old.yaml"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("old.yaml")
        .hasMessageContaining("'sections' and 'describes'");
  }

  private static String builtIn() throws IOException {
    try (InputStream in = PropertyConfig.class.getResourceAsStream("/properties.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
