package org.anodex.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of many rules may match a text, by the literals each needs ({@link RegexLiterals}: sets of
 * strings of which the text must hold one each): one pass over the text finds every literal
 * present, instead of one search per literal or one regex run per rule. A rule with no known
 * literals may always match.
 */
public final class LiteralScan {
  private static final int NO_KEY = -1;

  /** A literal and the sets (clauses) it satisfies. */
  private record Entry(String literal, int[] clauses) {}

  /** For each rule, the clauses that must all hold. */
  private final int[][] ruleClauses;

  private final int clauses;

  /**
   * Literals of one character, by that character: ASCII in an array (most text), others in a map.
   */
  private final int[][] singleAscii = new int[128][];

  private final Map<Character, int[]> singleOther = new HashMap<>();

  /**
   * Longer literals by their first two characters, in an open-addressing table (one probe per text
   * position).
   */
  private final int[] keys;

  private final Entry[][] entries;

  /**
   * Whether a longer literal starts with the character, for ASCII: most characters of a text start
   * none, and skip the probe.
   */
  private final boolean[] startsAscii = new boolean[128];

  /**
   * @param literals for each rule (by index), the sets of literals it needs one of each (empty:
   *     unknown)
   */
  public LiteralScan(List<List<Set<String>>> literals) {
    ruleClauses = new int[literals.size()][];
    Map<String, List<Integer>> clausesOf = new HashMap<>();
    int clause = 0;
    for (int r = 0; r < literals.size(); r++) {
      List<Set<String>> sets = literals.get(r);
      ruleClauses[r] = new int[sets.size()];
      for (int k = 0; k < sets.size(); k++, clause++) {
        ruleClauses[r][k] = clause;
        for (String l : sets.get(k)) {
          clausesOf.computeIfAbsent(l, x -> new ArrayList<>()).add(clause);
        }
      }
    }
    clauses = clause;
    Map<Integer, List<Entry>> byKey = new HashMap<>();
    clausesOf.forEach(
        (literal, cs) -> {
          int[] ids = cs.stream().mapToInt(Integer::intValue).toArray();
          if (literal.length() == 1 && literal.charAt(0) < 128) {
            singleAscii[literal.charAt(0)] = ids;
          } else if (literal.length() == 1) {
            singleOther.put(literal.charAt(0), ids);
          } else {
            if (literal.charAt(0) < 128) {
              startsAscii[literal.charAt(0)] = true;
            }
            byKey
                .computeIfAbsent(key(literal.charAt(0), literal.charAt(1)), x -> new ArrayList<>())
                .add(new Entry(literal, ids));
          }
        });
    int size = Integer.highestOneBit(Math.max(16, byKey.size() * 4));
    keys = new int[size];
    entries = new Entry[size][];
    java.util.Arrays.fill(keys, NO_KEY);
    byKey.forEach(
        (k, list) -> {
          int slot = slot(k);
          while (keys[slot] != NO_KEY) {
            slot = (slot + 1) & (keys.length - 1);
          }
          keys[slot] = k;
          entries[slot] = list.toArray(Entry[]::new);
        });
  }

  private static int key(char a, char b) {
    return a << 16 | b;
  }

  private int slot(int key) {
    return (key * 0x9E3779B9 >>> 7) & (keys.length - 1);
  }

  /**
   * For each rule, whether {@code text} holds a literal of each of its sets (or the rule has none).
   */
  public boolean[] mayMatch(String text) {
    boolean[] held = new boolean[clauses];
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int[] ids = c < 128 ? singleAscii[c] : singleOther.isEmpty() ? null : singleOther.get(c);
      if (ids != null) {
        for (int id : ids) {
          held[id] = true;
        }
      }
      if (i + 1 < n && (c >= 128 || startsAscii[c])) {
        int k = key(c, text.charAt(i + 1));
        for (int slot = slot(k); keys[slot] != NO_KEY; slot = (slot + 1) & (keys.length - 1)) {
          if (keys[slot] == k) {
            for (Entry e : entries[slot]) {
              if (text.startsWith(e.literal(), i)) {
                for (int id : e.clauses()) {
                  held[id] = true;
                }
              }
            }
            break;
          }
        }
      }
    }
    boolean[] may = new boolean[ruleClauses.length];
    for (int r = 0; r < may.length; r++) {
      may[r] = true;
      for (int id : ruleClauses[r]) {
        may[r] &= held[id];
      }
    }
    return may;
  }
}
