package org.anodex.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The literals a regular expression cannot match without, as sets of strings of which every match
 * contains at least one each ({@code (?<![A-Za-z0-9])(?:MoS2|WS2)(?![A-Za-z0-9])} needs "MoS2" or
 * "WS2"; {@code Li\s?2\s?S} needs "Li", "2" and "S"); none when nothing is known. A text that lacks
 * one of the sets cannot match, so the tagger skips the regex without running it (RE2's prefilter
 * idea, on the part of Java's syntax the taxonomy uses; anything else reads as "could be anything",
 * which only ever keeps a regex). A regex with {@code (?i)} anywhere has its literals lower-cased,
 * to be looked for in the lower-cased text.
 */
public final class RegexLiterals {
  /**
   * Sets grow by alternatives and optional parts; beyond this many strings a part counts as
   * anything.
   */
  private static final int MAX_STRINGS = 64;

  /**
   * What a part of a regex matches: exactly one of {@code exact} (when known, else null), and
   * contains one string of each set of {@code needed} (an empty list: nothing known).
   */
  private record Info(Set<String> exact, List<Set<String>> needed) {
    static final Info ANY = new Info(null, List.of());
    static final Info EMPTY = new Info(Set.of(""), List.of());

    static Info exactly(Set<String> strings) {
      if (strings.size() > MAX_STRINGS) {
        return ANY;
      }
      return new Info(strings, usable(strings) ? List.of(strings) : List.of());
    }
  }

  private static boolean usable(Set<String> strings) {
    return strings != null && !strings.isEmpty() && !strings.contains("");
  }

  private final String re;
  private int pos;

  private RegexLiterals(String re) {
    this.re = re;
  }

  /**
   * Sets of literals of which every match of {@code regex} contains one each (empty: none known).
   */
  public static List<Set<String>> of(String regex) {
    List<Set<String>> needed = new RegexLiterals(regex).alternation().needed();
    if (!regex.contains("(?i")) {
      return needed;
    }
    List<Set<String>> lower = new ArrayList<>();
    for (Set<String> set : needed) {
      Set<String> l = new LinkedHashSet<>();
      set.forEach(s -> l.add(s.toLowerCase(Locale.ROOT)));
      lower.add(l);
    }
    return lower;
  }

  private Info alternation() {
    List<Info> branches = new ArrayList<>();
    branches.add(sequence());
    while (pos < re.length() && re.charAt(pos) == '|') {
      pos++;
      branches.add(sequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    // One of the branches matches: it needs one of each branch's most selective set.
    Set<String> exact = new LinkedHashSet<>();
    Set<String> needed = new LinkedHashSet<>();
    for (Info b : branches) {
      if (exact != null && b.exact() != null) {
        exact.addAll(b.exact());
      } else {
        exact = null;
      }
      Set<String> best = best(b.needed());
      if (needed != null && best != null) {
        needed.addAll(best);
      } else {
        needed = null;
      }
    }
    return exact != null
        ? Info.exactly(exact)
        : new Info(null, needed == null ? List.of() : List.of(needed));
  }

  /**
   * A run of parts one after another: each part's needs, and the literal runs between them, are all
   * needed.
   */
  private Info sequence() {
    Set<String> run = Set.of("");
    boolean allExact = true;
    List<Set<String>> needed = new ArrayList<>();
    while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
      Info item = quantified(atom());
      if (item.exact() != null && run.size() * item.exact().size() <= MAX_STRINGS) {
        run = concat(run, item.exact());
        continue;
      }
      allExact = false;
      if (usable(run)) {
        needed.add(run);
      }
      if (item.exact() != null) {
        run = item.exact();
      } else {
        needed.addAll(item.needed());
        run = Set.of("");
      }
    }
    if (allExact) {
      return Info.exactly(run);
    }
    if (usable(run)) {
      needed.add(run);
    }
    return new Info(null, needed);
  }

  /** The most selective usable set: the longest shortest string, then the fewest strings. */
  private static Set<String> best(List<Set<String>> candidates) {
    Set<String> best = null;
    for (Set<String> c : candidates) {
      if (!usable(c)) {
        continue;
      }
      if (best == null
          || shortest(c) > shortest(best)
          || shortest(c) == shortest(best) && c.size() < best.size()) {
        best = c;
      }
    }
    return best;
  }

  private static int shortest(Set<String> strings) {
    return strings.stream().mapToInt(String::length).min().orElse(0);
  }

  private static Set<String> concat(Set<String> left, Set<String> right) {
    Set<String> out = new LinkedHashSet<>();
    for (String l : left) {
      for (String r : right) {
        out.add(l + r);
      }
    }
    return out;
  }

  private Info quantified(Info atom) {
    if (pos >= re.length()) {
      return atom;
    }
    char q = re.charAt(pos);
    Info out;
    if (q == '?') {
      pos++;
      out = atom.exact() != null ? Info.exactly(union(atom.exact(), Set.of(""))) : Info.ANY;
    } else if (q == '*') {
      pos++;
      out = Info.ANY;
    } else if (q == '+') {
      pos++;
      out = new Info(null, atom.needed());
    } else if (q == '{'
        && re.indexOf('}', pos) > pos
        && re.substring(pos + 1, re.indexOf('}', pos)).matches("\\d+(,\\d*)?")) {
      String bounds = re.substring(pos + 1, re.indexOf('}', pos));
      pos = re.indexOf('}', pos) + 1;
      out = Integer.parseInt(bounds.split(",")[0]) == 0 ? Info.ANY : new Info(null, atom.needed());
    } else {
      return atom;
    }
    if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
      pos++; // lazy or possessive: the same strings
    }
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }

  private Info atom() {
    char c = re.charAt(pos++);
    switch (c) {
      case '(':
        return group();
      case '[':
        return charClass();
      case '\\':
        return escape();
      case '.':
        return Info.ANY;
      case '^':
      case '$':
        return Info.EMPTY;
      default:
        return Info.exactly(Set.of(String.valueOf(c)));
    }
  }

  private Info group() {
    boolean zeroWidth = false;
    if (re.startsWith("?", pos)) {
      if (re.startsWith("?:", pos)) {
        pos += 2;
      } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
        pos += 2;
        zeroWidth = true;
      } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
        pos += 3;
        zeroWidth = true;
      } else if (re.startsWith("?<", pos)) {
        pos = re.indexOf('>', pos) + 1; // a named group
      } else {
        // inline flags: "(?i)" alone, or "(?i:...)"
        int end = pos + 1;
        while (end < re.length() && Character.isLetter(re.charAt(end))
            || end < re.length() && re.charAt(end) == '-') {
          end++;
        }
        pos = end + 1;
        if (re.charAt(end) == ')') {
          return Info.EMPTY;
        }
      }
    }
    Info inner = alternation();
    pos++; // ')'
    return zeroWidth ? Info.EMPTY : inner;
  }

  /** A bracket class: its characters when it lists a few (ranges of up to ten), else anything. */
  private Info charClass() {
    boolean negated = pos < re.length() && re.charAt(pos) == '^';
    Set<String> chars = new LinkedHashSet<>();
    boolean known = !negated;
    int depth = 1;
    boolean first = true;
    char last = 0;
    while (pos < re.length() && depth > 0) {
      char c = re.charAt(pos++);
      if (c == '[') {
        depth++;
        known = false;
      } else if (c == ']' && !first) {
        depth--;
      } else if (c == '\\') {
        char e = re.charAt(pos++);
        if (Character.isLetterOrDigit(e)) {
          known = false; // \s, \d, \p{..}, \\uXXXX: not listed here
        } else {
          chars.add(String.valueOf(e));
          last = e;
        }
      } else if (c == '-' && !chars.isEmpty() && pos < re.length() && re.charAt(pos) != ']') {
        char from = last;
        char to = re.charAt(pos++);
        if (to == '\\' || to - from > 10) {
          known = false;
        } else {
          for (char x = from; x <= to; x++) {
            chars.add(String.valueOf(x));
          }
        }
      } else if (c == '&') {
        known = false;
      } else if (c != '^' || !first) {
        chars.add(String.valueOf(c));
        last = c;
      }
      first = false;
    }
    return known && !chars.isEmpty() ? Info.exactly(chars) : Info.ANY;
  }

  private Info escape() {
    char e = re.charAt(pos++);
    if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') {
      return Info.EMPTY;
    }
    if (e == 'Q') {
      int end = re.indexOf("\\E", pos);
      String literal = re.substring(pos, end < 0 ? re.length() : end);
      pos = end < 0 ? re.length() : end + 2;
      return Info.exactly(Set.of(literal));
    }
    if (e == 'p' || e == 'P') {
      if (pos < re.length() && re.charAt(pos) == '{') {
        pos = re.indexOf('}', pos) + 1;
      } else {
        pos++;
      }
      return Info.ANY;
    }
    if (e == 'u' || e == 'x') { // a code point in hex: skipped whole (its digits are not literals)
      if (e == 'x' && pos < re.length() && re.charAt(pos) == '{') {
        pos = re.indexOf('}', pos) + 1;
      } else {
        pos += e == 'u' ? 4 : 2;
      }
      return Info.ANY;
    }
    if (e == 'k') { // a named back-reference, \k<name>
      pos = re.indexOf('>', pos) + 1;
      return Info.ANY;
    }
    if (e == 't' || e == 'n' || e == 'r' || e == 'f') {
      return Info.exactly(
          Set.of(
              String.valueOf(
                  switch (e) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> '\f';
                  })));
    }
    if (Character.isLetterOrDigit(e)) {
      return Info.ANY; // \s \d \w, back-references
    }
    return Info.exactly(Set.of(String.valueOf(e)));
  }
}
