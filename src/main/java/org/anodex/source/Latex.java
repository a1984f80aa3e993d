package org.anodex.source;

import java.text.Normalizer;
import java.util.Map;

/**
 * Decodes the LaTeX found in BibTeX fields into plain Unicode text: accents ({@code {\"a}}, {@code
 * \'e}, {@code {\c{c}}}), special letters ({@code {\o}}, {@code {\aa}}, {@code \ss}), escaped
 * symbols, dashes, ties, case-protecting braces, simple math ({@code Li$_2$O}) and text commands
 * ({@code \emph{...}}).
 */
final class Latex {
  private static final Map<Character, Character> ACCENTS =
      Map.ofEntries(
          Map.entry('"', '\u0308'),
          Map.entry('\'', '\u0301'),
          Map.entry('`', '\u0300'),
          Map.entry('^', '\u0302'),
          Map.entry('~', '\u0303'),
          Map.entry('=', '\u0304'),
          Map.entry('.', '\u0307'),
          Map.entry('u', '\u0306'),
          Map.entry('v', '\u030C'),
          Map.entry('H', '\u030B'),
          Map.entry('c', '\u0327'),
          Map.entry('k', '\u0328'),
          Map.entry('r', '\u030A'),
          Map.entry('d', '\u0323'),
          Map.entry('b', '\u0331'));
  private static final Map<String, String> LETTERS =
      Map.ofEntries(
          Map.entry("o", "ø"),
          Map.entry("O", "Ø"),
          Map.entry("aa", "å"),
          Map.entry("AA", "Å"),
          Map.entry("ae", "æ"),
          Map.entry("AE", "Æ"),
          Map.entry("oe", "œ"),
          Map.entry("OE", "Œ"),
          Map.entry("ss", "ß"),
          Map.entry("l", "ł"),
          Map.entry("L", "Ł"),
          Map.entry("i", "ı"),
          Map.entry("j", "ȷ"),
          Map.entry("textendash", "–"),
          Map.entry("textemdash", "—"),
          Map.entry("textregistered", "®"),
          Map.entry("texttrademark", "™"),
          Map.entry("copyright", "©"),
          Map.entry("textdegree", "°"),
          Map.entry("degree", "°"),
          Map.entry("textmu", "µ"),
          Map.entry("mu", "µ"),
          Map.entry("alpha", "α"),
          Map.entry("beta", "β"),
          Map.entry("gamma", "γ"),
          Map.entry("delta", "δ"),
          Map.entry("Delta", "Δ"),
          Map.entry("lambda", "λ"),
          Map.entry("sigma", "σ"),
          Map.entry("pm", "±"),
          Map.entry("times", "×"),
          Map.entry("ldots", "…"),
          Map.entry("dots", "…"),
          Map.entry("LaTeX", "LaTeX"),
          Map.entry("TeX", "TeX"));

  private Latex() {}

  static String decode(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < n) {
        i = command(s, i + 1, out);
      } else if (c == '{' || c == '}' || c == '$') {
        i++;
      } else if ((c == '_' || c == '^')
          && i + 1 < n
          && (s.charAt(i + 1) == '{' || Character.isLetterOrDigit(s.charAt(i + 1)))) {
        i++; // math sub/superscript: Li$_2$O reads Li2O
      } else if (c == '~') {
        out.append(' ');
        i++;
      } else if (c == '-' && s.startsWith("---", i)) {
        out.append('—');
        i += 3;
      } else if (c == '-' && s.startsWith("--", i)) {
        out.append('–');
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }

  /**
   * Decodes the command starting at {@code i} (just after the backslash); returns the next index.
   */
  private static int command(String s, int i, StringBuilder out) {
    char c = s.charAt(i);
    Character accent = ACCENTS.get(c);
    boolean letterAccent = Character.isLetter(c);
    if (accent != null
        && (!letterAccent || i + 1 < s.length() && !Character.isLetter(s.charAt(i + 1)))) {
      int j = i + 1;
      while (j < s.length() && s.charAt(j) == ' ' && letterAccent) {
        j++;
      }
      String base;
      if (j < s.length() && s.charAt(j) == '{') {
        int end = matching(s, j);
        base = decode(s.substring(j + 1, end));
        j = end + 1;
      } else if (j + 1 < s.length() && s.charAt(j) == '\\') {
        int end = j + 1;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
          end++;
        }
        base = LETTERS.getOrDefault(s.substring(j + 1, end), "");
        j = end;
      } else if (j < s.length()) {
        base = String.valueOf(s.charAt(j));
        j++;
      } else {
        base = "";
      }
      base = base.replace('ı', 'i').replace('ȷ', 'j');
      if (!base.isEmpty()) {
        out.append(base.charAt(0)).append(accent.charValue()).append(base, 1, base.length());
      }
      return j;
    }
    if (!Character.isLetter(c)) {
      out.append(c); // \& \% \$ \# \_ \{ \}
      return i + 1;
    }
    int end = i;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    String name = s.substring(i, end);
    String letter = LETTERS.get(name);
    if (letter != null) {
      out.append(letter);
    }
    // Text commands (\emph{x}, \textsubscript{2}, unknown ones) leave their argument, decoded
    // later.
    while (end < s.length() && s.charAt(end) == ' ' && letter != null) {
      end++;
    }
    return end;
  }

  private static int matching(String s, int open) {
    int depth = 0;
    for (int k = open; k < s.length(); k++) {
      if (s.charAt(k) == '{') {
        depth++;
      } else if (s.charAt(k) == '}' && --depth == 0) {
        return k;
      }
    }
    return s.length() - 1;
  }
}
