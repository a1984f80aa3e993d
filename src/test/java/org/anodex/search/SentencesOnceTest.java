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

  /**
   * However its questions come (the pass goes only as far as asked), the answers are those of the
   * whole forward pass.
   */
  @Test
  void answersInAnyOrderAreThoseOfTheWholePass() {
    String text = TEXT + " Si/C e.g. 5 wt.% of it. Capacity fades? No! " + TEXT;
    java.util.List<Integer> all = new java.util.ArrayList<>();
    BreakIterator jdk = BreakIterator.getSentenceInstance(java.util.Locale.ROOT);
    jdk.setText(text);
    for (int b = jdk.first(); b != BreakIterator.DONE; b = jdk.next()) {
      all.add(b);
    }
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 50; round++) {
      SentencesOnce sentences = new SentencesOnce();
      sentences.setText(text);
      for (int ask = 0; ask < 5; ask++) {
        int offset = random.nextInt(text.length() + 1);
        int after = all.stream().filter(b -> b > offset).findFirst().orElse(BreakIterator.DONE);
        int before =
            all.stream().filter(b -> b < offset).reduce((a, b) -> b).orElse(BreakIterator.DONE);
        switch (random.nextInt(3)) {
          case 0 -> assertThat(sentences.following(offset)).as("after %d", offset).isEqualTo(after);
          case 1 ->
              assertThat(sentences.preceding(offset)).as("before %d", offset).isEqualTo(before);
          default ->
              assertThat(sentences.isBoundary(offset))
                  .as("at %d", offset)
                  .isEqualTo(all.contains(offset));
        }
      }
      assertThat(sentences.last()).isEqualTo(text.length());
    }
  }
}
