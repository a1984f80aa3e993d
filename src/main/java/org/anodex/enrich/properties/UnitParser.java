package org.anodex.enrich.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the unit after a number into a canonical spelling: factors from the table's symbols, each
 * with an exponent ("g-1", "g^-1", "g(-1)", "g - 1", "cm2"), joined by spaces, "·", "*" or "/", or
 * run together ("mAhg-1"). "mA h g-1", "mAh/g" and "mA h/g" all read as {@code mAh/g}; "mV K-1"
 * reads as {@code mV/K}, which is no property. One material word may sit between factors ("mg
 * sulfur cm-2") and a subscript after a mass ("A gSi+C -1").
 */
final class UnitParser {
  /** A subscript on a mass unit: "g" of "gSi+C -1", "gSi^-1". */
  private static final Pattern SUBSCRIPT = Pattern.compile("_?[A-Z][A-Za-z0-9+@]{0,10}");

  private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,12} ");

  private final Rules rules;

  record Match(String key, int end) {}

  private record Factor(String symbol, int power) {}

  private record Exp(int power, int end) {}

  UnitParser(Rules rules) {
    this.rules = rules;
  }

  /**
   * The unit starting at {@code pos} (after one optional space or an attaching hyphen), or null.
   */
  Match parse(String t, int pos, int limit) {
    int i = pos;
    if (i < limit && t.charAt(i) == ' ') {
      i++;
    } else if (i + 1 < limit
        && t.charAt(i) == '-'
        && !Character.isDigit(t.charAt(i + 1))
        && t.charAt(i + 1) != ' ') {
      i++; // "0.5-nm", "325-mesh"
    }
    List<Factor> factors = new ArrayList<>();
    boolean denominator = false;
    boolean wordUsed = false;
    int end = -1;
    while (i < limit) {
      String[] s = symbolAt(t, i, limit);
      if (s == null) {
        if (!factors.isEmpty() && !wordUsed && !denominator) {
          int w = materialWord(t, i, limit);
          if (w > 0) {
            wordUsed = true;
            i = w;
            continue;
          }
        }
        break;
      }
      i += s[0].length();
      Exp e = exponent(t, i, limit);
      if (e == null && isMass(s[1])) {
        Matcher q = SUBSCRIPT.matcher(t).region(i, limit);
        if (q.lookingAt()) {
          Exp after = exponent(t, q.end(), limit);
          if (after != null && after.power() < 0) {
            e = after;
          }
        }
      }
      int power = 1;
      if (e != null) {
        power = e.power();
        i = e.end();
      }
      factors.add(new Factor(s[1], denominator ? -power : power));
      end = i;
      denominator = false;
      int j = i;
      if (j < limit && t.charAt(j) == '/') {
        denominator = true;
        j++;
        if (j < limit && t.charAt(j) == ' ') {
          j++;
        }
      } else if (j < limit
          && (t.charAt(j) == ' ' || t.charAt(j) == '\u00B7' || t.charAt(j) == '*')) {
        j++;
        if (j < limit && t.charAt(j) == ' ') {
          j++;
        }
      } else if (j + 1 < limit && t.charAt(j) == '.' && Character.isLetter(t.charAt(j + 1))) {
        j++; // "mAh.g-1", "Ω.cm"
      }
      i = j;
    }
    if (factors.isEmpty()) {
      return null;
    }
    return new Match(canonical(factors), end);
  }

  /**
   * The longest symbol spelling at {@code i} that ends on a boundary: {symbol as written, symbol}.
   */
  String[] symbolAt(String t, int i, int limit) {
    for (String[] s : rules.spellings) {
      int e = i + s[0].length();
      if (e <= limit && t.startsWith(s[0], i) && boundary(t, e, limit)) {
        return s;
      }
    }
    return null;
  }

  private boolean boundary(String t, int e, int limit) {
    if (e >= limit || !Character.isLetter(t.charAt(e))) {
      return true;
    }
    if (symbolAt(t, e, limit) != null) {
      return true; // run together: "mAhg", "Ag", "Wkg"
    }
    Matcher q = SUBSCRIPT.matcher(t).region(e, limit);
    if (q.lookingAt()) {
      Exp after = exponent(t, q.end(), limit);
      return after != null && after.power() < 0;
    }
    return false;
  }

  /** "sulfur " of "mg sulfur cm-2": a word followed by a symbol with a negative exponent. */
  private int materialWord(String t, int i, int limit) {
    Matcher w = WORD.matcher(t).region(i, limit);
    if (!w.lookingAt()) {
      return -1;
    }
    String[] s = symbolAt(t, w.end(), limit);
    if (s == null) {
      return -1;
    }
    Exp e = exponent(t, w.end() + s[0].length(), limit);
    return e != null && e.power() < 0 ? w.end() : -1;
  }

  /**
   * An exponent at {@code i}: "-1", "^-1", "(-1)", " -1", " - 1", "^2" or an attached "2". A space
   * before it needs a sign or caret ("cm 2" of "5 × 5 cm 2" is no exponent); it is one digit, 1 to
   * 3.
   */
  private static Exp exponent(String t, int i, int limit) {
    int k = i;
    boolean space = false;
    if (k < limit && t.charAt(k) == ' ') {
      space = true;
      k++;
    }
    boolean caret = false;
    boolean paren = false;
    if (k < limit && t.charAt(k) == '^') {
      caret = true;
      k++;
    }
    if (k < limit && t.charAt(k) == '(') {
      paren = true;
      k++;
    }
    int sign = 1;
    boolean signed = false;
    if (k < limit && (t.charAt(k) == '-' || t.charAt(k) == '+')) {
      sign = t.charAt(k) == '-' ? -1 : 1;
      signed = true;
      k++;
      if (k < limit && t.charAt(k) == ' ') {
        k++;
      }
    }
    if (k >= limit || !Character.isDigit(t.charAt(k))) {
      return null;
    }
    int d = t.charAt(k) - '0';
    k++;
    if (k < limit
        && (Character.isDigit(t.charAt(k))
            || (t.charAt(k) == '.' && k + 1 < limit && Character.isDigit(t.charAt(k + 1))))) {
      return null;
    }
    if (paren) {
      if (k < limit && t.charAt(k) == ')') {
        k++;
      } else {
        return null;
      }
    }
    if ((space && !signed && !caret) || d < 1 || d > 3) {
      return null;
    }
    return new Exp(sign * d, k);
  }

  private static boolean isMass(String symbol) {
    return symbol.equals("g") || symbol.equals("kg") || symbol.equals("mg");
  }

  private static String canonical(List<Factor> factors) {
    StringBuilder num = new StringBuilder();
    StringBuilder den = new StringBuilder();
    for (Factor f : factors) {
      StringBuilder b = f.power() > 0 ? num : den.append('/');
      b.append(f.symbol());
      if (Math.abs(f.power()) > 1) {
        b.append(Math.abs(f.power()));
      }
    }
    return num.append(den).toString();
  }
}
