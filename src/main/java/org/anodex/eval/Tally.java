package org.anodex.eval;

/**
 * Counts of one property or topic dimension (or of all): labelled, extracted, and those that agree.
 */
public record Tally(int gold, int extracted, int correct) {

  public static final Tally ZERO = new Tally(0, 0, 0);

  public Tally plus(Tally o) {
    return new Tally(gold + o.gold, extracted + o.extracted, correct + o.correct);
  }

  /** Correct among extracted; 1 when nothing was extracted (no value was wrong). */
  public double precision() {
    return extracted == 0 ? 1.0 : (double) correct / extracted;
  }

  /** Correct among labelled; 1 when nothing was labelled. */
  public double recall() {
    return gold == 0 ? 1.0 : (double) correct / gold;
  }
}
