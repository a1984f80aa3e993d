package org.anodex.enrich.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence spans of a normalized text. A period, "!" or "?" ends a sentence when a space and a
 * capital, digit or bracket follow, except after an abbreviation ("vs.", "ca.", "Fig.", "et al.")
 * or an initial ("J. Power Sources"); a unit letter after a number ("at 4.2 V. The", "under 3C.
 * The") does end one. A blank line always does. Conditions are looked for only within a value's
 * sentence, so a split too few merges two sentences and a split too many loses a condition; both
 * are rare with these rules.
 */
final class Sentences {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "al", "e.g", "i.e", "eg", "ie", "fig", "figs", "eq", "eqs", "vs", "ca", "approx", "ref",
          "refs", "no", "nos", "resp", "cf", "wt", "at", "vol", "mol", "et", "etc", "ed", "eds",
          "pp", "sect", "sec", "tab", "suppl", "max", "min", "avg", "ave", "calc", "exp", "st",
          "dr", "mr");

  private Sentences() {}

  /** [start, end) pairs, flattened. */
  static int[] split(String t) {
    List<Integer> cuts = new ArrayList<>();
    int n = t.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      boolean end = false;
      int next = i + 1;
      if (c == '\n' && i + 1 < n && t.charAt(i + 1) == '\n') {
        end = true;
      } else if ((c == '.' || c == '!' || c == '?')
          && i + 1 < n
          && Character.isWhitespace(t.charAt(i + 1))) {
        int j = i + 1;
        while (j < n && Character.isWhitespace(t.charAt(j))) {
          j++;
        }
        if (j < n && startsSentence(t.charAt(j)) && (c != '.' || !abbreviation(t, i))) {
          end = true;
          next = j;
        }
      }
      if (end) {
        if (i + 1 > start) {
          cuts.add(start);
          cuts.add(i + 1);
        }
        start = next;
        i = next - 1;
      }
    }
    if (start < n) {
      cuts.add(start);
      cuts.add(n);
    }
    int[] out = new int[cuts.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = cuts.get(k);
    }
    return out;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '('
        || c == '['
        || c == '"'
        || c == '\u201C';
  }

  private static boolean abbreviation(String t, int period) {
    int w = period;
    while (w > 0 && (Character.isLetter(t.charAt(w - 1)) || t.charAt(w - 1) == '.')) {
      w--;
    }
    String word = t.substring(w, period).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(t.charAt(w))) {
      // An initial, unless it is a unit after a number: "at 4.2 V.", "at 1 C." or "under 3C."
      return !(w >= 1 && Character.isDigit(t.charAt(w - 1)))
          && !(w >= 2 && t.charAt(w - 1) == ' ' && Character.isDigit(t.charAt(w - 2)));
    }
    return ABBREVIATIONS.contains(word);
  }
}
