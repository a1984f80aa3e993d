package org.anodex.enrich.properties;

import java.util.List;

/**
 * Numbers with a unit as written in one sentence of a normalized text: one amount ("500 cycles"), a
 * range ("1-3 µm", one amount with a max) or a list ("541, 480 and 420 mAh g-1", one amount each).
 * {@code unit} is the canonical spelling ("mAh/g"); {@code start}, {@code end} span numbers and
 * unit; {@code qualifierStart} is where an approximation or bound before the first number starts
 * ("about", "~", ">"), else {@code start}.
 */
record Quantity(
    int start, int end, int qualifierStart, String qualifier, List<Amount> amounts, String unit) {

  /** A value in the unit as written; {@code max} set for a range. */
  record Amount(double value, Double max) {}

  Quantity withAmounts(List<Amount> newAmounts, int newEnd) {
    return new Quantity(start, newEnd, qualifierStart, qualifier, newAmounts, unit);
  }
}
