package org.anodex.enrich.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers, ranges and lists of them from a normalized text: "1,500", "3 579", "1.2 × 10^-3",
 * "3.2 * 10-3", "1.2e-3", "10^-4", ordinals ("800th"), ranges ("1-3", "0.2 to 0.45", "5 ~ 10") and
 * lists ("541, 480 and 420", "84 vs 75", "512.42 (341.61"). It knows nothing of units: a list is
 * only a quantity when a unit follows it.
 */
final class NumberReader {
  /**
   * Thousands grouped by commas ("1,500") or by spaces ("3 579"; thin spaces were made plain
   * spaces).
   */
  private static final Pattern GROUPED =
      Pattern.compile(
          "\\d{1,3}(?:,\\d{3})+(?![\\d]|\\.\\d|,\\d)|\\d{1,3}(?: \\d{3})+(?![\\d.,]| \\d| and \\d| or \\d)");

  private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?|\\.\\d+");
  private static final Pattern SCIENTIFIC =
      Pattern.compile(" ?[\u00D7x*\u00B7] ?10 ?(?:\\^ ?)?([-+]?) ?(\\d{1,3})(?![\\d.])");
  private static final Pattern E_NOTATION = Pattern.compile("[eE]([-+]?\\d{1,3})(?![\\w.])");
  private static final Pattern POWER = Pattern.compile("\\^ ?([-+]?)(\\d{1,3})(?![\\d.])");
  private static final Pattern ORDINAL = Pattern.compile(" ?(?:st|nd|rd|th)\\b");
  private static final Pattern RANGE = Pattern.compile("( ?- ?| to | ?~ ?)");
  private static final Pattern LIST =
      Pattern.compile(
          "(?: ?, ?(?:and |or )?| (?:and|or|vs\\.?|versus) | ?\\( ?)(?:[~<>\u2264\u2265] ?)?");

  private NumberReader() {}

  /** One number; {@code text} is its mantissa as written (for "10-4"-as-a-power checks). */
  record Num(double value, int start, int end, String text, boolean ordinal, boolean scientific) {}

  /** A number or a range; {@code tight} when written "a-b" with no spaces. */
  record Item(Num low, Num high, String separator, boolean tight) {
    int end() {
      return high == null ? low.end() : high.end();
    }
  }

  record NumberList(List<Item> items, int start, int end, boolean parenthesis) {}

  static NumberList readList(String t, int i, int limit) {
    Num first = readNumber(t, i, limit, true);
    if (first == null) {
      return null;
    }
    List<Item> items = new ArrayList<>();
    Item item = readRange(t, first, limit);
    items.add(item);
    int pos = item.end();
    boolean paren = false;
    while (pos < limit) {
      Matcher sep = LIST.matcher(t).region(pos, limit);
      if (!sep.lookingAt()) {
        break;
      }
      Num next = readNumber(t, sep.end(), limit, false);
      if (next == null || next.ordinal() != first.ordinal()) {
        break;
      }
      paren |= sep.group().contains("(");
      item = readRange(t, next, limit);
      items.add(item);
      pos = item.end();
    }
    return new NumberList(items, i, pos, paren);
  }

  private static Item readRange(String t, Num a, int limit) {
    if (a.ordinal()) {
      return new Item(a, null, null, false);
    }
    Matcher r = RANGE.matcher(t).region(a.end(), limit);
    if (r.lookingAt()) {
      String sep = r.group(1).strip();
      Num b = readNumber(t, r.end(), limit, sep.equals("to"));
      if (b != null && !b.ordinal()) {
        return new Item(a, b, sep, r.group(1).equals("-"));
      }
    }
    return new Item(a, null, null, false);
  }

  static Num readNumber(String t, int i, int limit, boolean allowSign) {
    int j = i;
    boolean negative = false;
    if (allowSign && j + 1 < limit && t.charAt(j) == '-' && Character.isDigit(t.charAt(j + 1))) {
      negative = true;
      j++;
    }
    if (j >= limit
        || !(Character.isDigit(t.charAt(j))
            || (t.charAt(j) == '.' && j + 1 < limit && Character.isDigit(t.charAt(j + 1))))) {
      return null;
    }
    String text;
    Matcher g = GROUPED.matcher(t).region(j, limit);
    if (g.lookingAt()) {
      text = g.group().replace(",", "").replace(" ", "");
      j = g.end();
    } else {
      Matcher d = DECIMAL.matcher(t).region(j, limit);
      if (!d.lookingAt()) {
        return null;
      }
      text = d.group();
      j = d.end();
    }
    double value = Double.parseDouble(text);
    boolean scientific = false;
    Matcher s = SCIENTIFIC.matcher(t).region(j, limit);
    Matcher e = E_NOTATION.matcher(t).region(j, limit);
    Matcher p = POWER.matcher(t).region(j, limit);
    if (s.lookingAt()) {
      value *= Math.pow(10, exponent(s.group(1), s.group(2)));
      j = s.end();
      scientific = true;
    } else if (e.lookingAt()) {
      value *= Math.pow(10, Integer.parseInt(e.group(1).replace("+", "")));
      j = e.end();
      scientific = true;
    } else if (text.equals("10") && p.lookingAt()) {
      value = Math.pow(10, exponent(p.group(1), p.group(2)));
      j = p.end();
      scientific = true;
    }
    boolean ordinal = false;
    if (!scientific && text.indexOf('.') < 0) {
      Matcher o = ORDINAL.matcher(t).region(j, limit);
      if (o.lookingAt()) {
        ordinal = true;
        j = o.end();
      }
    }
    if (j < limit && Character.isDigit(t.charAt(j))) {
      return null;
    }
    return new Num(negative ? -value : value, i, j, text, ordinal, scientific);
  }

  private static int exponent(String sign, String digits) {
    int n = Integer.parseInt(digits);
    return "-".equals(sign) ? -n : n;
  }
}
