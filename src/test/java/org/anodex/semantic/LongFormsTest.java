package org.anodex.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LongFormsTest {
  private static final LongForms LONG_FORMS = new LongForms();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      SiO_x anode                          | SiO_x anode (silicon suboxide)
      LiPF6                                | LiPF6 (lithium hexafluorophosphate)
      FEC additive for Si anodes           | FEC additive for Si anodes (silicon, fluoroethylene carbonate)
      silicon anode volume expansion       | silicon anode volume expansion
      fluoroethylene carbonate FEC         | fluoroethylene carbonate FEC
      PAA binder                           | PAA binder (polyacrylic acid)
      """)
  void shorthandIsSpelledOutForTheModel(String query, String embedded) throws IOException {
    assertThat(LONG_FORMS.spellOut(query)).isEqualTo(embedded);
  }
}
