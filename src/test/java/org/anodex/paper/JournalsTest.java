package org.anodex.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JournalsTest {
  /** The spellings sources gave for one journal become one facet value. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      ACS applied materials & interfaces        | ACS Applied Materials & Interfaces
      ACS Applied Materials & Interfaces        | ACS Applied Materials & Interfaces
      Journal of The Electrochemical Society    | Journal of the Electrochemical Society
      journal of the electrochemical society    | Journal of the Electrochemical Society
      The Journal of Physical Chemistry C       | The Journal of Physical Chemistry C
      Energy storage materials                  | Energy Storage Materials
      Nano letters (Print)                      | Nano Letters (Print)
      Journal of Materials Chemistry A          | Journal of Materials Chemistry A
      ChemSusChem                               | ChemSusChem
      iScience                                  | iScience
      npj Computational Materials               | npj Computational Materials
      physica status solidi (b)                 | physica status solidi (b)
      Green chemistry : an international journal | Green Chemistry : An International Journal
      """)
  void oneSpellingPerJournal(String given, String canonical) {
    assertThat(Journals.canonical(given)).isEqualTo(canonical);
  }
}
