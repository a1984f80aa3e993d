package org.anodex.paper;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling per journal, whichever source named it: records give "ACS applied materials &amp;
 * interfaces" (sentence case) where the publisher writes "ACS Applied Materials &amp; Interfaces",
 * and "Journal of The Electrochemical Society" beside "Journal of the Electrochemical Society".
 * Words are capitalized as in a journal's title; a word a source wrote with a capital inside
 * (ChemSusChem, iScience, ACS) is kept as written, as are single letters ("(b)") and the few names
 * that begin in lower case ({@link #LOWER_CASE_NAMES}).
 */
public final class Journals {
  /** Articles, conjunctions and short prepositions: lower case but at the start. */
  private static final Set<String> MINOR =
      Set.of(
          "a", "an", "and", "as", "at", "by", "de", "der", "des", "du", "for", "from", "in", "into",
          "of", "on", "or", "the", "to", "und", "with");

  /** Names a journal writes in lower case on purpose. */
  private static final Set<String> LOWER_CASE_NAMES =
      Set.of("npj", "wt", "physica", "status", "solidi");

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");

  private Journals() {}

  /** The journal's name capitalized as a title; null for null. */
  public static String canonical(String name) {
    if (name == null) {
      return null;
    }
    Matcher m = WORD.matcher(name);
    StringBuilder out = new StringBuilder(name.length());
    boolean first = true;
    while (m.find()) {
      String word = m.group();
      String lower = word.toLowerCase(Locale.ROOT);
      boolean startsName = first || name.substring(0, m.start()).matches(".*[:.(]\\s*$");
      String cased;
      if (word.length() == 1 && !startsName) {
        cased = word; // a section letter: Journal of Materials Chemistry A
      } else if (MINOR.contains(lower) && !startsName) {
        cased = lower;
      } else if (!word.equals(lower) || word.length() == 1 || LOWER_CASE_NAMES.contains(lower)) {
        cased = word;
      } else {
        cased = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(cased));
      first = false;
    }
    m.appendTail(out);
    return out.toString();
  }
}
