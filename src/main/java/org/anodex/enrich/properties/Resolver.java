package org.anodex.enrich.properties;

import java.util.regex.Matcher;
import org.anodex.enrich.properties.Quantity.Amount;

/**
 * Decides which property a quantity is, from its unit and its sentence: what a bare percentage is
 * (retention, initial or later Coulombic efficiency, or nothing: state of charge, swelling, an
 * improvement), whether a length is a particle size, whether a conductivity is ionic. A value
 * written as a change ("increased by 20%") is no property.
 */
final class Resolver {
  private final Rules rules;

  /** A quantity that is a property; {@code factor} null when its unit cannot be converted. */
  record Resolved(Quantity quantity, String property, Double factor, String unit) {}

  Resolver(Rules rules) {
    this.rules = rules;
  }

  Resolved resolve(String t, int from, int to, Quantity q) {
    PropertyConfig.UnitDef def = rules.unit(q.unit());
    if (def == null) {
      return null;
    }
    if (rules
            .changes
            .matcher(t)
            .region(Math.max(from, q.qualifierStart() - 40), q.qualifierStart())
            .find()
        || rules.perCycle.matcher(t).region(q.end(), to).lookingAt()) {
      return null;
    }
    String property = def.property();
    if (PropertyConfig.PERCENT.equals(property)) {
      property = percent(t, from, to, q);
    } else if (property.equals(rules.config.size().property()) && !isSize(t, from, to, q)) {
      return null;
    } else if (property.equals(rules.config.conductivity().property())
        && !isIonic(t, from, to, q, def.factor())) {
      return null;
    }
    if (property == null
        || PropertyConfig.NONE.equals(property)
        || notMeasurement(t, from, to, q, property)) {
      return null;
    }
    String unit = def.factor() == null ? q.unit() : rules.config.unitOf(property);
    return new Resolved(q, property, def.factor(), unit);
  }

  /**
   * Atomic layer deposition's "20 cycles", ball-milling cycles, CV cycles at a scan rate: no
   * battery measurement.
   */
  private boolean notMeasurement(String t, int from, int to, Quantity q, String property) {
    for (Rules.NotMeasurement n : rules.notMeasurements) {
      if (n.property().equals(property)
          && (n.before()
                  .matcher(t)
                  .region(Math.max(from, q.qualifierStart() - n.beforeChars()), q.qualifierStart())
                  .find()
              || n.after().matcher(t).region(q.end(), to).lookingAt())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first `after` cue right after the value, else the `before` cue nearest before it, else
   * none.
   */
  private String percent(String t, int from, int to, Quantity q) {
    for (Rules.CompiledCue cue : rules.percentAfter) {
      if (matcher(cue, t, q.end(), to).lookingAt()) {
        return refine(cue.property(), t, from, to);
      }
    }
    String best = null;
    int bestEnd = -1;
    int bestLength = -1;
    for (Rules.CompiledCue cue : rules.percentBefore) {
      Matcher m = matcher(cue, t, from, q.qualifierStart());
      while (m.find()) {
        int length = m.end() - m.start();
        if (m.end() > bestEnd || (m.end() == bestEnd && length > bestLength)) {
          best = cue.property();
          bestEnd = m.end();
          bestLength = length;
        }
      }
    }
    return best == null ? null : refine(best, t, from, to);
  }

  /**
   * A Coulombic efficiency in a sentence about the first cycle (and not an average) is the initial
   * one.
   */
  private String refine(String property, String t, int from, int to) {
    if (!"coulombic_efficiency".equals(property)) {
      return property;
    }
    boolean first = rules.initialSentence.matcher(t).region(from, to).find();
    boolean unless = rules.initialUnless.matcher(t).region(from, to).find();
    return first && !unless ? "initial_coulombic_efficiency" : property;
  }

  private static Matcher matcher(Rules.CompiledCue cue, String t, int from, int to) {
    return cue.pattern().matcher(t).region(from, Math.max(from, to)).useTransparentBounds(true);
  }

  /**
   * The nearest size cue decides; cues after the value count as farther by the configured penalty.
   */
  private boolean isSize(String t, int from, int to, Quantity q) {
    PropertyConfig.Size s = rules.config.size();
    int beforeFrom = Math.max(from, q.qualifierStart() - s.beforeChars());
    int afterTo = Math.min(to, q.end() + s.afterChars());
    int positive =
        distance(
            rules.sizePositive.matcher(t),
            beforeFrom,
            q.qualifierStart(),
            q.end(),
            afterTo,
            s.afterPenalty());
    int negative =
        distance(
            rules.sizeNegative.matcher(t),
            beforeFrom,
            q.qualifierStart(),
            q.end(),
            afterTo,
            s.afterPenalty());
    return positive < Integer.MAX_VALUE && positive < negative;
  }

  private static int distance(
      Matcher m, int beforeFrom, int start, int end, int afterTo, int penalty) {
    int best = Integer.MAX_VALUE;
    m.useTransparentBounds(true).region(beforeFrom, Math.max(beforeFrom, start));
    while (m.find()) {
      best = start - m.end();
    }
    m.region(end, Math.max(end, afterTo));
    if (m.find()) {
      best = Math.min(best, m.start() - end + penalty);
    }
    return best;
  }

  /**
   * Ionic unless the conductivity word nearest the value is qualified as electronic; an unqualified
   * value above the configured bound is taken for an electronic conductivity.
   */
  private boolean isIonic(String t, int from, int to, Quantity q, Double factor) {
    Matcher w =
        rules
            .conductivityWord
            .matcher(t)
            .useTransparentBounds(true)
            .region(from, q.qualifierStart());
    int wordStart = -1;
    while (w.find()) {
      wordStart = w.start();
    }
    if (wordStart < 0) {
      w.region(q.end(), Math.min(to, q.end() + 80));
      wordStart = w.find() ? w.start() : -1;
    }
    if (wordStart >= 0) {
      int pre = Math.max(from, wordStart - 40);
      if (rules.ionic.matcher(t).region(pre, wordStart).find()) {
        return true;
      }
      if (rules.electronic.matcher(t).region(pre, wordStart).find()) {
        return false;
      }
    }
    double bound = rules.config.conductivity().maxUnqualified();
    for (Amount a : q.amounts()) {
      double v = (a.max() == null ? a.value() : a.max()) * (factor == null ? 1 : factor);
      if (v > bound) {
        return false;
      }
    }
    return true;
  }
}
