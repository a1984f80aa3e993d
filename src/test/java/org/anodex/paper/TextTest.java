package org.anodex.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {
  /** Character references as sources leave them in titles and abstracts: every HTML one is read. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      Li&lt;sub&gt;2&lt;/sub&gt;O &amp; LiF             | Li<sub>2</sub>O & LiF
      &alpha;-Si and &beta;-Sn                          | α-Si and β-Sn
      10&#8722;3 S cm&#x2212;1 at 25&nbsp;&deg;C        | 10−3 S cm−1 at 25 °C
      as shown&hellip; &ldquo;quoted&rdquo;             | as shown… “quoted”
      AT&T and R&D and &notation                        | AT&T and R&D and &notation
      `&amp;lt;`                                        | &lt;
      """)
  void characterReferencesAreRead(String raw, String text) {
    assertThat(Text.clean(raw)).isEqualTo(text);
  }

  /**
   * PDFs give a heading on a line of its own within a paragraph: it stays apart, not glued to the
   * next sentence.
   */
  @org.junit.jupiter.api.Test
  void aHeadingLineOfAPdfBodyStaysAParagraphOfItsOwn() {
    String pdf =
        "as reported before.\n\n2. Methods\nAll samples were\nmilled.\nResults and discussion\nThe "
            + "anode delivers\n1500 mAh g-1.\nResults show more.";
    assertThat(Text.cleanBody(pdf))
        .isEqualTo(
            "as reported before.\n\n2. Methods\n\nAll samples were milled.\n\n"
                + "Results and discussion\n\nThe anode delivers 1500 mAh g-1. Results show more.");
  }
}
