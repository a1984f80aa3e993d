package org.anodex.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A phrase to find in {@link Tokens}: its tokens, matched case-insensitively (a taxonomy "term",
 * with a plural allowed on the last token) or exactly (an "exact" abbreviation or formula).
 */
record Phrase(String[] tokens, boolean caseSensitive) {

  static Phrase of(String text, boolean caseSensitive) {
    Tokens t = Tokens.of(text);
    return new Phrase(caseSensitive ? t.original : t.lower, caseSensitive);
  }

  boolean isEmpty() {
    return tokens.length == 0;
  }

  /** The number of tokens matched at {@code i}, or 0. */
  int matchAt(Tokens text, int i) {
    if (i + tokens.length > text.size) {
      return 0;
    }
    for (int k = 0; k < tokens.length; k++) {
      String have = caseSensitive ? text.original[i + k] : text.lower[i + k];
      boolean last = k == tokens.length - 1;
      if (!(have.equals(tokens[k]) || (last && !caseSensitive && isPlural(have, tokens[k])))) {
        return 0;
      }
    }
    return tokens.length;
  }

  /** Whether this phrase occurs anywhere in tokens [from, to). */
  boolean occursIn(Tokens text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (matchAt(text, i) > 0 && i + tokens.length <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * The keys under which a text token may start this phrase (its first token, without a plural
   * ending).
   */
  static String[] lookupKeys(String token) {
    String t = token;
    if (t.length() > 3 && t.endsWith("ies")) {
      return new String[] {t, t.substring(0, t.length() - 3) + "y", t.substring(0, t.length() - 1)};
    }
    if (t.length() > 2 && t.endsWith("es")) {
      return new String[] {t, t.substring(0, t.length() - 1), t.substring(0, t.length() - 2)};
    }
    if (t.length() > 1 && t.endsWith("s")) {
      return new String[] {t, t.substring(0, t.length() - 1)};
    }
    return new String[] {t};
  }

  /**
   * The tokens whose {@link #lookupKeys} include {@code key}: the key, its plurals, and the shorter
   * tokens that look like plurals of something else ("s" off "glass" is "glas").
   */
  static List<String> surfaces(String key) {
    List<String> out = new ArrayList<>(List.of(key, key + "s", key + "es"));
    if (key.endsWith("y")) {
      out.add(key.substring(0, key.length() - 1) + "ies");
    }
    out.removeIf(s -> !List.of(lookupKeys(s)).contains(key));
    return out;
  }

  private static boolean isPlural(String have, String want) {
    return have.length() > want.length()
            && have.startsWith(want)
            && (have.length() == want.length() + 1 && have.endsWith("s")
                || have.length() == want.length() + 2 && have.endsWith("es"))
        || want.endsWith("y") && have.equals(want.substring(0, want.length() - 1) + "ies");
  }

  @Override
  public String toString() {
    return String.join(" ", tokens).toLowerCase(Locale.ROOT);
  }
}
