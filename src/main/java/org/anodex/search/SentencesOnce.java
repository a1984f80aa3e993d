package org.anodex.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JDK's sentence boundaries of a text, found in one forward pass and then answered from memory;
 * the pass goes only as far as it is asked (the sentences after a text's last match are never
 * looked for). Asked for the boundary before an offset, the JDK's iterator seeks backwards by rules
 * that disagree with its forward pass after an abbreviation: a snippet then began with a stray "."
 * (" .% of anode and ..." where the sentence reads "... 5 wt.% of anode and ..."), in 18 of the
 * 2,000 web UI requests of the bench. The highlighter sets the text again before each seek: the
 * same text keeps the boundaries found. Not thread-safe, as no break iterator is.
 */
final class SentencesOnce extends BreakIterator {
  private final BreakIterator rules = BreakIterator.getSentenceInstance(Locale.ROOT);
  private String text;
  private int[] at = new int[16];
  private int count;
  private int current;

  /** Whether the pass reached the end of the text. */
  private boolean complete;

  @Override
  public void setText(String newText) {
    if (!newText.equals(text)) {
      text = newText;
      rules.setText(newText);
      at[0] = rules.first();
      count = 1;
      complete = false;
    }
    current = 0;
  }

  /** Goes on with the pass until it found a boundary at or after {@code offset}, or the end. */
  private void findUpTo(int offset) {
    while (!complete && at[count - 1] < offset) {
      int b = rules.next();
      if (b == DONE) {
        complete = true;
      } else {
        if (count == at.length) {
          at = Arrays.copyOf(at, count * 2);
        }
        at[count++] = b;
      }
    }
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder s = new StringBuilder();
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      s.append(c);
    }
    setText(s.toString());
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public int first() {
    return at[current = 0];
  }

  @Override
  public int last() {
    findUpTo(Integer.MAX_VALUE);
    return at[current = count - 1];
  }

  @Override
  public int next(int n) {
    int result = current();
    for (; n > 0 && result != DONE; n--) {
      result = next();
    }
    for (; n < 0 && result != DONE; n++) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    if (current == count - 1) {
      findUpTo(at[current] + 1);
    }
    return current < count - 1 ? at[++current] : DONE;
  }

  @Override
  public int previous() {
    return current > 0 ? at[--current] : DONE;
  }

  /** The first boundary after {@code offset}, or DONE (at the text's end). */
  @Override
  public int following(int offset) {
    int i = atOrAfter(offset);
    return moveTo(i < count && at[i] == offset ? i + 1 : i);
  }

  /** The last boundary before {@code offset}, or DONE (at the text's start). */
  @Override
  public int preceding(int offset) {
    return moveTo(atOrAfter(offset) - 1);
  }

  @Override
  public boolean isBoundary(int offset) {
    int i = atOrAfter(offset);
    moveTo(i);
    return i < count && at[i] == offset;
  }

  /** The index of the first boundary at or after {@code offset}. */
  private int atOrAfter(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException("offset out of bounds: " + offset);
    }
    findUpTo(offset + 1);
    int i = Arrays.binarySearch(at, 0, count, offset);
    return i >= 0 ? i : -i - 1;
  }

  /** Boundary {@code i} made current; DONE past either end (the nearest end made current). */
  private int moveTo(int i) {
    if (i < 0 || i >= count) {
      current = i < 0 ? 0 : count - 1;
      return DONE;
    }
    return at[current = i];
  }

  @Override
  public int current() {
    return at[current];
  }
}
