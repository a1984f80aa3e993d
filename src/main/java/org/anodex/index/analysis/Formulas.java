package org.anodex.index.analysis;

import java.util.Set;

/**
 * Recognises chemical notation by the periodic table: a formula is a run of element symbols, each
 * with an optional count ({@code Li4Ti5O12}, {@code LiNi0.8Co0.1Mn0.1O2}, {@code SiOx}). Checking
 * real symbols is what keeps "Fig", "TCR" or "IL" from being taken for chemistry, while "CD" or
 * "NO" pass (they are formulas too; such tokens are only ever joined or kept whole, never mangled).
 */
public final class Formulas {
  static final Set<String> ELEMENTS =
      Set.of(
          "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S",
          "Cl", "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga",
          "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd",
          "Ag", "Cd", "In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm",
          "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os",
          "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa",
          "U", "Np", "Pu", "Am", "Cm", "Bk", "Cf", "Es", "Fm", "Md", "No", "Lr");

  /**
   * Two-letter symbols that are also English words ("In this work", "As shown", "No change"): a
   * capital at the start of a sentence would turn prose into elements, so these are not told apart
   * by case.
   */
  static final Set<String> AMBIGUOUS = Set.of("As", "At", "Be", "He", "In", "No", "Am");

  /** Counts that may follow a symbol besides numbers: non-stoichiometry. */
  private static final String VARIABLE_COUNTS = "xyzδ";

  private Formulas() {}

  /**
   * A two-letter element symbol in its own case ("Si", "Co", "Al") that is not also an English
   * word.
   */
  public static boolean isCaseSensitiveSymbol(CharSequence s) {
    return s.length() == 2
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))
        && ELEMENTS.contains(s.toString())
        && !AMBIGUOUS.contains(s.toString());
  }

  /**
   * The number of element symbols in {@code s} if all of it reads as a formula, optionally after a
   * leading count (the "3Co1" of "LiNi1/3Co1/3"), else 0.
   */
  public static int symbols(CharSequence s) {
    int i = 0;
    int n = s.length();
    while (i < n && isCountChar(s, i)) {
      i++;
    }
    int symbols = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return 0;
      }
      int len =
          i + 1 < n
                  && Character.isLowerCase(s.charAt(i + 1))
                  && ELEMENTS.contains(s.subSequence(i, i + 2).toString())
              ? 2
              : 1;
      if (len == 1 && !ELEMENTS.contains(String.valueOf(c))) {
        return 0;
      }
      symbols++;
      i += len;
      if (i < n && VARIABLE_COUNTS.indexOf(s.charAt(i)) >= 0) {
        i++;
      } else {
        while (i < n && isCountChar(s, i)) {
          i++;
        }
      }
    }
    return symbols;
  }

  /**
   * Whether {@code s} is a formula: one symbol with a count, or several symbols ("SiOx", "LiPF6",
   * "CO").
   */
  public static boolean isFormula(CharSequence s) {
    int n = symbols(s);
    return n >= 2 || n == 1 && s.length() > 2 && Character.isDigit(s.charAt(s.length() - 1));
  }

  /**
   * A count written apart from its symbol, as split subscripts come out of PDFs and HTML: "2",
   * "0.8", "x".
   */
  static boolean isDetachedCount(CharSequence s) {
    if (s.length() == 1 && VARIABLE_COUNTS.indexOf(s.charAt(0)) >= 0) {
      return true;
    }
    if (s.length() == 0 || s.length() > 4 || !Character.isDigit(s.charAt(0))) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (c != '.') {
        return false;
      }
    }
    return s.toString().indexOf('.') >= 0 || digits <= 2;
  }

  private static boolean isCountChar(CharSequence s, int i) {
    char c = s.charAt(i);
    return c >= '0' && c <= '9' || c == '.' && i > 0 && Character.isDigit(s.charAt(i - 1));
  }
}
