package org.anodex.eval;

import java.util.Set;

/**
 * Text searched as the words a user typed, not as query syntax: a claim such as "TCR/CD3 (in T
 * cells) : NOT required" keeps its slash, parentheses and colon as characters and its "NOT" as a
 * word. The escaped text still goes through the API's parser, so it gets the very same analysis,
 * fields and weights as any query.
 */
public final class PlainText {
  private static final String SYNTAX = "\\+-!():^[]\"{}~*?|&/";

  /**
   * Upper-case operators are syntax to the classic parser; escaping their first letter makes them
   * words.
   */
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

  private PlainText() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      String word = text.substring(i, end);
      if (OPERATORS.contains(word)) {
        out.append('\\');
      }
      for (int k = 0; k < word.length(); k++) {
        char c = word.charAt(k);
        if (SYNTAX.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
      while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
        out.append(text.charAt(end++));
      }
      i = end;
    }
    return out.toString();
  }
}
