package org.anodex.eval;

import java.util.List;
import java.util.Locale;

/** A minimum precision and recall of an evaluation file (a missing bound is 0). */
public record Minimum(Double precision, Double recall) {
  public double p() {
    return precision == null ? 0 : precision;
  }

  public double r() {
    return recall == null ? 0 : recall;
  }

  /**
   * Adds to {@code out} a line for each figure of {@code tally} below its bound ("dev all: recall
   * 0.800 &lt; 0.850"), or {@code what: missing} where there is no tally.
   */
  public void check(String what, Tally tally, String missing, List<String> out) {
    if (tally == null) {
      out.add(what + ": " + missing);
      return;
    }
    if (tally.precision() < p()) {
      out.add(
          String.format(Locale.ROOT, "%s: precision %.3f < %.3f", what, tally.precision(), p()));
    }
    if (tally.recall() < r()) {
      out.add(String.format(Locale.ROOT, "%s: recall %.3f < %.3f", what, tally.recall(), r()));
    }
  }
}
