package org.anodex.eval.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The peer set writes its gold values in several ways; each is read as the values it means. */
class PropertyGoldValuesTest {

  private static List<List<Double>> read(String gold, boolean powers) {
    return PeerSet.values(gold, powers).stream()
        .map(v -> Double.isNaN(v[1]) ? List.of(v[0]) : List.of(v[0], v[1]))
        .toList();
  }

  @Test
  void listsRangesAndScientificForms() {
    assertThat(read("541 , 480 , 445 , 409 and 382", false))
        .hasSize(5)
        .first()
        .isEqualTo(List.of(541.0));
    assertThat(read(" 225, 168, 127, 103, 98 and 90", false)).hasSize(6);
    assertThat(read("8.25, 11.13 and 36.78\u202f", false))
        .containsExactly(List.of(8.25), List.of(11.13), List.of(36.78));
    assertThat(read("98-100", false)).containsExactly(List.of(98.0, 100.0));
    assertThat(read("-0.2 to 0.8", false)).containsExactly(List.of(-0.2, 0.8));
    assertThat(read("1.5, between 0.9 and 1.85", false))
        .containsExactly(List.of(1.5), List.of(0.9, 1.85));
    assertThat(read("1000 840", false)).containsExactly(List.of(1000.0), List.of(840.0));
    assertThat(read("3.2 * 10-3", true).get(0).get(0))
        .isCloseTo(3.2e-3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(read("10-4", true)).containsExactly(List.of(1e-4));
    assertThat(read("5 \u00D7 10\u22124\u20138 \u00D7 10\u22122", true).get(0)).hasSize(2);
  }
}
