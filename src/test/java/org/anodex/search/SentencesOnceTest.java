package org.anodex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import org.junit.jupiter.api.Test;

class SentencesOnceTest {
  private static final String TEXT =
      "Sodium-ion batteries present a high energy. The presence of 2.0 vol.% diethyl ether helps"
          + " the gradient. It works.";

  /** The sentence around a word starts where the sentence does, not after "vol.". */
  @Test
  void theSentenceBeforeAWordIsTheOneReadingForwardFinds() {
    SentencesOnce sentences = new SentencesOnce();
    sentences.setText(TEXT);
    int second = TEXT.indexOf("The presence");
    int third = TEXT.indexOf("It works");
    assertThat(sentences.preceding(TEXT.indexOf("gradient"))).isEqualTo(second);
    assertThat(sentences.current()).isEqualTo(second);
    assertThat(sentences.following(TEXT.indexOf("diethyl"))).isEqualTo(third);
    assertThat(sentences.next()).isEqualTo(TEXT.length());
    assertThat(sentences.next()).isEqualTo(BreakIterator.DONE);
    assertThat(sentences.following(TEXT.length())).isEqualTo(BreakIterator.DONE);
    assertThat(sentences.preceding(0)).isEqualTo(BreakIterator.DONE);
    assertThat(sentences.isBoundary(second)).isTrue();
    assertThat(sentences.isBoundary(second + 1)).isFalse();

    sentences.setText("One. Two.");
    assertThat(sentences.last()).isEqualTo(9);
    assertThat(sentences.previous()).isEqualTo(5);
    assertThat(sentences.first()).isZero();
  }
}
