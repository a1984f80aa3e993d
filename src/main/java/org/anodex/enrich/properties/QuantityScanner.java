package org.anodex.enrich.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.enrich.properties.NumberReader.Item;
import org.anodex.enrich.properties.NumberReader.NumberList;
import org.anodex.enrich.properties.Quantity.Amount;

/**
 * Finds the quantities (numbers with a unit) of one sentence. A number that continues a formula or
 * identifier ("Li15Si4", "(PO4)3", "SSE-220", "13C-13C"), labels a figure or reference ("Fig. 3C"),
 * or is a stoichiometry in a formula split by spaces ("Na 3 V 2 (PO 4 ) 3") is not a quantity.
 */
final class QuantityScanner {
  /**
   * A chemical element (or a closing bracket) right before a number: "Na 3 V 2" is a formula, not 3
   * V.
   */
  private static final Pattern ELEMENT_BEFORE =
      Pattern.compile(
          "(?:^|[\\s(\\[/,;|-])(?:H|He|Li|Be|B|C|N|O|F|Na|Mg|Al|Si|P|S|Cl|K|Ca"
              + "|Sc|Ti|V|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|Ge|As|Se|Br|Rb|Sr|Y|Zr|Nb|Mo|Ru|Rh|Pd|Ag|Cd|In|Sn|Sb|Te|I|Cs|Ba|La|Ce"
              + "|Pr|Nd|Sm|Gd|Hf|Ta|W|Pt|Au|Pb|Bi|\\)) $");

  /** "13C-13C", "13C NMR": an isotope, not a C-rate. */
  private static final Pattern ISOTOPE_AFTER =
      Pattern.compile("^(?:-\\d| ?-?(?:NMR|MAS|CP|labell?ed|enriched|isotope))");

  /** "13C and 29Si ... NMR": a sentence about isotopes. */
  private static final Pattern ISOTOPE_SENTENCE =
      Rules.ci("\\b(?:NMR|isotop\\w*|labell?ed|enriched)\\b");

  /**
   * "C/10", "C/2": a C-rate written as a fraction (not "3 C/0.05 C", a charge and a discharge
   * rate).
   */
  private static final Pattern C_FRACTION =
      Pattern.compile("C/(\\d+(?:\\.\\d+)?)(?![\\w./]| ?C\\b)");

  private static final Pattern BETWEEN = Rules.ci("\\bbetween ?$");
  private static final Pattern AND = Rules.ci("^ and $");
  private static final Pattern TO = Rules.ci("^ (?:to|-) $");

  private final Rules rules;
  private final UnitParser units;

  private record Unit(String key, int end) {}

  QuantityScanner(Rules rules) {
    this.rules = rules;
    this.units = new UnitParser(rules);
  }

  List<Quantity> scan(String t, int from, int to) {
    List<Quantity> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = t.charAt(i);
      if (c == 'C' && i + 2 < to && t.charAt(i + 1) == '/') {
        Quantity q = cFraction(t, from, i, to);
        if (q != null) {
          out.add(q);
          i = q.end();
          continue;
        }
      }
      boolean digit = Character.isDigit(c);
      if (!digit && !((c == '-' || c == '.') && i + 1 < to && Character.isDigit(t.charAt(i + 1)))) {
        i++;
        continue;
      }
      if (!startAllowed(t, from, i)) {
        i = skipRun(t, i, to);
        continue;
      }
      NumberList list = NumberReader.readList(t, i, to);
      Unit unit = list == null ? null : unitAfter(t, list, to);
      if (unit == null || rejected(t, from, i, list, unit, to)) {
        i = list == null ? skipRun(t, i, to) : Math.max(list.end(), i + 1);
        continue;
      }
      if (list.parenthesis()
          && !(unit.end() < to && t.charAt(unit.end()) == ')')
          && !(unit.end() + 1 < to
              && t.charAt(unit.end()) == ' '
              && t.charAt(unit.end() + 1) == ')')) {
        // "3 (3.31 V, ..." is no list: read again from the number in brackets.
        i = firstInBracket(t, list);
        continue;
      }
      out.add(build(t, from, list, unit));
      i = Math.max(unit.end(), list.end());
    }
    return merge(t, from, out);
  }

  private boolean startAllowed(String t, int from, int i) {
    if (i == from) {
      return true;
    }
    char p = t.charAt(i - 1);
    if (p == '/'
        && i - 2 >= from
        && t.charAt(i - 2) == 'C'
        && (i - 3 < from || t.charAt(i - 3) == ' ' || Character.isDigit(t.charAt(i - 3)))) {
      return true; // the discharge rate of "3 C/0.05 C", "0.5C/1C"
    }
    if (t.charAt(i) == '-' && !(p == ' ' || p == '(' || p == '[' || p == '=')) {
      return false;
    }
    if (Character.isLetterOrDigit(p) || "._)]/^+:#@".indexOf(p) >= 0) {
      return false;
    }
    if (p == '-' && i - 2 >= from) {
      char q = t.charAt(i - 2);
      if (Character.isLetterOrDigit(q) || q == ')' || q == ']') {
        return false;
      }
    }
    return !rules.labels.matcher(t).region(Math.max(from, i - 16), i).find();
  }

  private static int skipRun(String t, int i, int to) {
    int j = i + 1;
    while (j < to && (Character.isLetterOrDigit(t.charAt(j)) || t.charAt(j) == '.')) {
      j++;
    }
    return j;
  }

  private static int firstInBracket(String t, NumberList list) {
    for (Item item : list.items()) {
      int s = item.low().start();
      if (s > list.start() && t.lastIndexOf('(', s) > list.start()) {
        return s;
      }
    }
    return list.end();
  }

  private Unit unitAfter(String t, NumberList list, int to) {
    int pos = list.end();
    Matcher cycles = rules.cycles.matcher(t).region(pos, to);
    if (cycles.lookingAt()) {
      return new Unit("cycles", cycles.end());
    }
    if (list.items().get(0).low().ordinal()) {
      // "the 800th capacity retention": an ordinal counts cycles or nothing.
      return rules.ordinalCycles.matcher(t).region(pos, to).lookingAt()
          ? new Unit("cycles", pos)
          : null;
    }
    UnitParser.Match m = units.parse(t, pos, to);
    if (m != null) {
      return new Unit(m.key(), m.end());
    }
    for (int k = 0; k < rules.implicitPatterns.size(); k++) {
      if (rules.implicitPatterns.get(k).matcher(t).region(pos, to).lookingAt()) {
        return new Unit(rules.implicitUnit(k), pos);
      }
    }
    return null;
  }

  private boolean rejected(String t, int from, int i, NumberList list, Unit unit, int to) {
    String key = unit.key();
    if (key.length() == 1
        && Character.isUpperCase(key.charAt(0))
        && ELEMENT_BEFORE.matcher(t).region(Math.max(from, i - 5), i).find()) {
      return true;
    }
    if (!key.equals("C")) {
      return false;
    }
    if (ISOTOPE_AFTER.matcher(t).region(unit.end(), to).lookingAt()) {
      return true;
    }
    // "13C and 29Si MAS NMR": a mass number written against its element, in a sentence about
    // isotopes.
    double v = list.items().get(0).low().value();
    return list.items().size() == 1
        && t.charAt(list.end()) == 'C'
        && (v == 12 || v == 13 || v == 14)
        && ISOTOPE_SENTENCE.matcher(t).region(from, to).find();
  }

  private Quantity cFraction(String t, int from, int i, int to) {
    if (i > from
        && (Character.isLetterOrDigit(t.charAt(i - 1))
            || t.charAt(i - 1) == '/'
            || t.charAt(i - 1) == '@')) {
      return null;
    }
    if (i - 2 >= from && t.charAt(i - 1) == ' ' && Character.isDigit(t.charAt(i - 2))) {
      return null; // "3 C/0.05 C"
    }
    Matcher m = C_FRACTION.matcher(t).region(i, to);
    if (!m.lookingAt()) {
      return null;
    }
    double n = Double.parseDouble(m.group(1));
    if (n <= 0) {
      return null;
    }
    return new Quantity(i, m.end(), i, null, List.of(new Amount(1 / n, null)), "C");
  }

  private Quantity build(String t, int from, NumberList list, Unit unit) {
    int start = list.start();
    int qualifierStart = start;
    String qualifier = null;
    for (Map.Entry<String, Pattern> q : rules.qualifiers.entrySet()) {
      Matcher m = q.getValue().matcher(t).region(Math.max(from, start - 30), start);
      if (m.find()) {
        qualifier = q.getKey();
        qualifierStart = m.start();
        break;
      }
    }
    boolean change =
        list.items().size() == 1
            && "to".equals(list.items().get(0).separator())
            && rules
                .changeFrom
                .matcher(t)
                .region(Math.max(from, qualifierStart - 80), qualifierStart)
                .find();
    if (list.items().size() == 2
        && list.items().stream().allMatch(it -> it.high() == null)
        && AND.matcher(t.substring(list.items().get(0).end(), list.items().get(1).low().start()))
            .matches()
        && BETWEEN.matcher(t).region(Math.max(from, qualifierStart - 12), qualifierStart).find()
        && list.items().get(1).low().value() != list.items().get(0).low().value()) {
      // "between 0.01 and 1 V", "between 1.0 and 0.01 V": a range
      double a = list.items().get(0).low().value();
      double b = list.items().get(1).low().value();
      return new Quantity(
          start,
          Math.max(unit.end(), list.end()),
          qualifierStart,
          qualifier,
          List.of(new Amount(Math.min(a, b), Math.max(a, b))),
          unit.key());
    }
    boolean powers = rules.config.powersOfTen().contains(unit.key());
    List<Amount> amounts = new ArrayList<>();
    for (Item item : list.items()) {
      double low = item.low().value();
      if (item.high() == null) {
        amounts.add(new Amount(low, null));
      } else if (powers
          && item.tight()
          && item.low().text().equals("10")
          && item.high().text().matches("\\d{1,2}")) {
        amounts.add(new Amount(Math.pow(10, -item.high().value()), null)); // "10-4 S cm-1" is 10^-4
      } else if (change || item.high().value() == low) {
        amounts.add(new Amount(low, null)); // "decreases from 1.85 to 1.26 µm": two values
        amounts.add(new Amount(item.high().value(), null));
      } else if (item.high().value() < low) {
        amounts.add(
            new Amount(item.high().value(), low)); // a window written downwards: "3.0-0.01 V"
      } else {
        amounts.add(new Amount(low, item.high().value()));
      }
    }
    return new Quantity(
        start, Math.max(unit.end(), list.end()), qualifierStart, qualifier, amounts, unit.key());
  }

  /** "between 0.9 V and 1.85 V", "from 0.01 V to 3 V", "0.01 V - 3 V": one range. */
  private List<Quantity> merge(String t, int from, List<Quantity> qs) {
    List<Quantity> out = new ArrayList<>();
    for (int k = 0; k < qs.size(); k++) {
      Quantity a = qs.get(k);
      if (k + 1 < qs.size()
          && single(a)
          && single(qs.get(k + 1))
          && a.unit().equals(qs.get(k + 1).unit())) {
        Quantity b = qs.get(k + 1);
        String between = t.substring(a.end(), b.qualifierStart());
        String before = t.substring(Math.max(from, a.qualifierStart() - 12), a.qualifierStart());
        boolean range =
            (AND.matcher(between).matches() && BETWEEN.matcher(before).find())
                || (TO.matcher(between).matches()
                    && !rules
                        .changeFrom
                        .matcher(t)
                        .region(Math.max(from, a.qualifierStart() - 80), a.qualifierStart())
                        .find());
        double lo = Math.min(a.amounts().get(0).value(), b.amounts().get(0).value());
        double hi = Math.max(a.amounts().get(0).value(), b.amounts().get(0).value());
        if (range && hi > lo) {
          out.add(a.withAmounts(List.of(new Amount(lo, hi)), b.end()));
          k++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static boolean single(Quantity q) {
    return q.amounts().size() == 1 && q.amounts().get(0).max() == null;
  }
}
