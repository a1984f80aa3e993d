package org.anodex.enrich.properties;

/**
 * A text rewritten so that one grammar reads every typographic variant of a number and unit, with a
 * map back to the original characters (raw text and evidence are always quoted from the original).
 *
 * <p>Every dash and the minus sign become {@code -}; a run of superscripts becomes {@code ^} and
 * ASCII ("g⁻¹" is "g^-1", "10⁻³" is "10^-3", which keeps an exponent apart from a range "10-3");
 * subscript digits become digits; "μ" (Greek mu) becomes "µ" (micro sign); "∼", "≈", "〜" become
 * "~"; "℃", "º", "˚" become "°"; "·", "∙", "⋅" become "·"; thin, narrow, no-break and other spaces
 * become a plain space; zero-width characters and soft hyphens disappear.
 */
final class NormalizedText {
  final String text;
  private final int[] toOriginal;
  final String original;

  private NormalizedText(String original, String text, int[] toOriginal) {
    this.original = original;
    this.text = text;
    this.toOriginal = toOriginal;
  }

  static NormalizedText of(String original) {
    int n = original.length();
    StringBuilder out = new StringBuilder(n + 16);
    int[] map = new int[n + 17];
    int i = 0;
    while (i < n) {
      char c = original.charAt(i);
      if (superscript(c) != 0) {
        int j = i;
        map = ensure(map, out.length() + 1);
        map[out.length()] = i;
        out.append('^');
        while (j < n && superscript(original.charAt(j)) != 0) {
          map = ensure(map, out.length() + 1);
          map[out.length()] = j;
          out.append(superscript(original.charAt(j)));
          j++;
        }
        i = j;
        continue;
      }
      if (c < 0x80 && c != '\t' && c != '\r') {
        map = ensure(map, out.length() + 1); // ASCII, almost all of a text, stays as it is
        map[out.length()] = i;
        out.append(c);
        i++;
        continue;
      }
      String r = replacement(c);
      for (int k = 0; k < r.length(); k++) {
        map = ensure(map, out.length() + 1);
        map[out.length()] = i;
        out.append(r.charAt(k));
      }
      i++;
    }
    map = ensure(map, out.length() + 1);
    map[out.length()] = n;
    return new NormalizedText(original, out.toString(), map);
  }

  /** The original offset of normalized offset {@code i} (an end offset maps to an end offset). */
  int original(int i) {
    return toOriginal[i];
  }

  /** The original text of the normalized span [start, end). */
  String originalSpan(int start, int end) {
    int s = toOriginal[start];
    int e = end >= text.length() ? original.length() : toOriginal[end];
    return original.substring(s, Math.max(s, e));
  }

  private static int[] ensure(int[] a, int size) {
    return size <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(size, a.length * 2));
  }

  private static char superscript(char c) {
    switch (c) {
      case '\u2070':
        return '0';
      case '\u00B9':
        return '1';
      case '\u00B2':
        return '2';
      case '\u00B3':
        return '3';
      case '\u2074':
        return '4';
      case '\u2075':
        return '5';
      case '\u2076':
        return '6';
      case '\u2077':
        return '7';
      case '\u2078':
        return '8';
      case '\u2079':
        return '9';
      case '\u207B':
        return '-';
      case '\u207A':
        return '+';
      default:
        return 0;
    }
  }

  private static String replacement(char c) {
    if (c >= '\u2080' && c <= '\u2089') {
      return String.valueOf((char) ('0' + (c - '\u2080')));
    }
    switch (c) {
      case '\u2010':
      case '\u2011':
      case '\u2012':
      case '\u2013':
      case '\u2014':
      case '\u2015':
      case '\u2212':
      case '\u2043':
      case '\uFE63':
      case '\uFF0D':
      case '\u2796':
        return "-";
      case '\u00A0':
      case '\u2000':
      case '\u2001':
      case '\u2002':
      case '\u2003':
      case '\u2004':
      case '\u2005':
      case '\u2006':
      case '\u2007':
      case '\u2008':
      case '\u2009':
      case '\u200A':
      case '\u202F':
      case '\u205F':
      case '\u3000':
      case '\t':
      case '\r':
        return " ";
      case '\u200B':
      case '\u200C':
      case '\u200D':
      case '\uFEFF':
      case '\u00AD':
        return "";
      case '\u03BC':
        return "\u00B5";
      case '\u223C':
      case '\u2248':
      case '\u301C':
      case '\uFF5E':
      case '\u2243':
        return "~";
      case '\u2103':
        return "\u00B0C";
      case '\u00BA':
      case '\u02DA':
        return "\u00B0";
      case '\u2219':
      case '\u22C5':
      case '\u2022':
        return "\u00B7";
      case '\uFF05':
        return "%";
      default:
        return String.valueOf(c);
    }
  }
}
