package org.anodex.enrich.properties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.anodex.enrich.properties.Quantity.Amount;
import org.anodex.enrich.properties.Resolver.Resolved;

/**
 * The conditions of a value: the cycles, current density, C-rate (the table's {@code conditions})
 * found in its sentence, each the nearest of its kind; the i-th of a list when the value is the
 * i-th of a list of the same length and the sentence says "respectively" ("541, 480 and 445 mAh g-1
 * at 0.5, 0.8 and 1.0 A g-1, respectively"). A list of conditions that cannot be paired is left out
 * rather than guessed. A property takes no condition of the kinds {@code conditions_not_of} lists
 * for it (an initial Coulombic efficiency takes no cycle count). Also: {@code qualifier} ("~",
 * "&gt;", ...) and {@code theoretical}.
 */
final class ConditionLinker {
  private static final Pattern RESPECTIVELY = Rules.ci("\\brespectively\\b");
  private static final int BEFORE_PENALTY = 10;
  private final Rules rules;

  ConditionLinker(Rules rules) {
    this.rules = rules;
  }

  /** Conditions of amount {@code index} of {@code r}, among the properties of its sentence. */
  Map<String, Object> conditions(
      Resolved r, int index, List<Resolved> sentence, String t, int from, int to) {
    Map<String, Object> out = new LinkedHashMap<>();
    Quantity q = r.quantity();
    boolean respectively = false;
    boolean checked = false;
    List<String> notOf = rules.config.conditionsNotOf().getOrDefault(r.property(), List.of());
    for (String kind : rules.config.conditions()) {
      if (kind.equals(r.property()) || notOf.contains(kind)) {
        continue;
      }
      Resolved nearest = null;
      int best = Integer.MAX_VALUE;
      for (Resolved c : sentence) {
        if (c.property().equals(kind)
            && c.factor() != null
            && !claimedBetween(q, c.quantity(), sentence)) {
          int d = distance(q, c.quantity());
          if (d < best) {
            best = d;
            nearest = c;
          }
        }
      }
      if (nearest == null) {
        continue;
      }
      List<Amount> amounts = nearest.quantity().amounts();
      Amount a = null;
      if (amounts.size() == 1) {
        a = amounts.get(0);
      } else if (amounts.size() == q.amounts().size()) {
        if (!checked) {
          respectively = RESPECTIVELY.matcher(t).region(from, to).find();
          checked = true;
        }
        a = respectively ? amounts.get(index) : null;
      }
      if (a != null && a.max() == null) {
        double v = a.value() * nearest.factor();
        // Counts as Integer: what Jackson reads back from the stored paper, so a stored paper
        // equals a re-enriched one.
        out.put(
            kind,
            kind.equals("cycles")
                ? (Object) (int) Math.min(Integer.MAX_VALUE, Math.round(v))
                : (Object) round(v));
      }
    }
    if (q.qualifier() != null) {
      out.put("qualifier", q.qualifier());
    }
    if (rules
            .theoretical
            .matcher(t)
            .region(Math.max(from, q.qualifierStart() - 50), q.qualifierStart())
            .find()
        || rules.theoretical.matcher(t).region(q.end(), Math.min(to, q.end() + 30)).find()) {
      out.put("theoretical", true);
    }
    return out;
  }

  /**
   * A condition after the value with another value between them belongs to that nearer one: in
   * "1500 mAh g-1 at 0.2 A g-1 and 85% after 500 cycles" the 500 cycles are the retention's, not
   * the capacity's. (Conditions themselves do not claim: "85% after 500 cycles at 1 A g-1" keeps
   * both.)
   */
  private boolean claimedBetween(Quantity q, Quantity c, List<Resolved> sentence) {
    if (c.qualifierStart() < q.end()) {
      return false;
    }
    for (Resolved w : sentence) {
      Quantity o = w.quantity();
      if (o != q
          && o != c
          && !rules.config.conditions().contains(w.property())
          && o.qualifierStart() >= q.end()
          && o.end() <= c.qualifierStart()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Characters between a value and a condition; one before the value counts as {@link
   * #BEFORE_PENALTY} farther, since "70% after 1900 cycles" is written far more often than "after
   * 1900 cycles, 70%", and in "85% after 1000 cycles and 70% after 1900 cycles" the cycles before
   * 70% belong to 85%.
   */
  private static int distance(Quantity a, Quantity b) {
    if (b.qualifierStart() >= a.end()) {
      return b.qualifierStart() - a.end();
    }
    return b.end() <= a.qualifierStart() ? a.qualifierStart() - b.end() + BEFORE_PENALTY : 0;
  }

  /**
   * Canonical values are products of parsed decimals and factors: 1.5 * 1000 must print as 1500.
   */
  static double round(double v) {
    if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
      return v;
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
  }
}
