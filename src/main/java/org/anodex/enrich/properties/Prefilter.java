package org.anodex.enrich.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anodex.enrich.LiteralScan;
import org.anodex.enrich.RegexLiterals;

/**
 * Which of several patterns ({@link Rules#ci}: case-insensitive unless they start with {@code
 * (?-i)}) may match a sentence, by the literals each cannot match without: one pass over the
 * sentence instead of one regex search per pattern, most of which find nothing. A pattern under
 * (?-i) alone has its literals looked for as written; any other, folded ({@link #fold}) in the
 * folded sentence. It never rules out a pattern that matches (tested: {@code PrefilterTest}).
 */
final class Prefilter {
  private final boolean[] exact;
  private final LiteralScan exactLiterals;
  private final LiteralScan foldedLiterals;

  Prefilter(List<String> regexes) {
    exact = new boolean[regexes.size()];
    List<List<Set<String>>> asWritten = new ArrayList<>();
    List<List<Set<String>>> folded = new ArrayList<>();
    for (int k = 0; k < regexes.size(); k++) {
      String re = regexes.get(k);
      exact[k] = re.startsWith("(?-i)") && !re.contains("(?i");
      List<Set<String>> literals = RegexLiterals.of(re);
      asWritten.add(exact[k] ? literals : List.of());
      folded.add(
          exact[k]
              ? List.of()
              : literals.stream()
                  .map(set -> set.stream().map(Prefilter::fold).collect(Collectors.toSet()))
                  .toList());
    }
    exactLiterals = new LiteralScan(asWritten);
    foldedLiterals = new LiteralScan(folded);
  }

  /** For each pattern, whether it may match in {@code t} between {@code from} and {@code to}. */
  boolean[] mayMatch(String t, int from, int to) {
    String sentence = t.substring(from, to);
    boolean[] asWritten = exactLiterals.mayMatch(sentence);
    boolean[] folded = foldedLiterals.mayMatch(fold(sentence));
    boolean[] may = new boolean[exact.length];
    for (int k = 0; k < may.length; k++) {
      may[k] = asWritten[k] && folded[k];
    }
    return may;
  }

  /**
   * Each character as lower case of its upper case: two characters that a case-insensitive Unicode
   * pattern takes for one another fold alike ("ſ" and "s", "K" and the Kelvin sign), which plain
   * lower-casing misses.
   */
  static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
    }
    return new String(out);
  }
}
