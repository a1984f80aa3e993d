package org.anodex.eval.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anodex.paper.Property;

/**
 * A labelled value: a property (or any of several, for the peer set's Coulombic efficiency file,
 * which mixes initial and later ones), a value in the canonical unit and {@code max} for a range. A
 * null value stands for a value labelled as not convertible ({@code raw} unit).
 */
public record Expected(Set<String> properties, Double value, Double max, String unit) {

  public Expected(String property, Double value, Double max, String unit) {
    this(Set.of(property), value, max, unit);
  }

  public String property() {
    return properties.iterator().next();
  }

  boolean matches(Property p) {
    if (!properties.contains(p.name())) {
      return false;
    }
    if (value == null) {
      return p.value() == null && unit != null && unit.equals(p.unit());
    }
    return p.value() != null
        && same(value, p.value())
        && (max == null ? p.max() == null : p.max() != null && same(max, p.max()));
  }

  static boolean same(double a, double b) {
    return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b)) + 1e-15;
  }

  /**
   * Pairs labelled and extracted values one to one (each extracted value counts once); returns the
   * labelled values that found no partner, and leaves in {@code unmatched} the extracted ones that
   * found none.
   */
  static List<Expected> pair(List<Expected> gold, List<Property> unmatched) {
    List<Expected> missed = new ArrayList<>();
    for (Expected e : gold) {
      Property hit = null;
      for (Property p : unmatched) {
        if (e.matches(p)) {
          hit = p;
          break;
        }
      }
      if (hit == null) {
        missed.add(e);
      } else {
        unmatched.remove(hit);
      }
    }
    return missed;
  }

  @Override
  public String toString() {
    String v = value == null ? "?" : fmt(value) + (max == null ? "" : ".." + fmt(max));
    return String.join("|", properties) + " " + v + " " + unit;
  }

  static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
  }
}
