package org.anodex.bench.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A word-bigram model of real texts: every word (whitespace token, punctuation kept attached, so
 * sentences keep their shape) with the words that followed it, as often as they did. A text is a
 * walk through it, pulled towards one real paper's own words: that paper is what the text is
 * "mostly drawn from".
 */
public final class TextModel {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private final List<int[]> next = new ArrayList<>();
  private final List<Integer> starts = new ArrayList<>();
  private int[][] follow;
  private int[] startIds;

  /** Adds one real text. */
  public void learn(String text) {
    String[] tokens = tokens(text);
    if (tokens.length == 0) {
      return;
    }
    starts.add(id(tokens[0]));
    for (int i = 0; i + 1 < tokens.length; i++) {
      int a = id(tokens[i]);
      int b = id(tokens[i + 1]);
      int[] row = next.get(a);
      int n = row[0];
      if (n + 1 == row.length) {
        row = Arrays.copyOf(row, row.length * 2);
        next.set(a, row);
      }
      row[n + 1] = b;
      row[0] = n + 1;
      if (tokens[i].endsWith(".")) {
        starts.add(b);
      }
    }
  }

  /** Freezes the model; call after the last {@link #learn}. */
  public TextModel freeze() {
    follow = new int[next.size()][];
    for (int i = 0; i < follow.length; i++) {
      int[] row = next.get(i);
      follow[i] = Arrays.copyOfRange(row, 1, row[0] + 1);
    }
    startIds = starts.stream().mapToInt(Integer::intValue).toArray();
    return this;
  }

  public static String[] tokens(String text) {
    String t = text == null ? "" : text.strip();
    return t.isEmpty() ? new String[0] : t.split("\\s+");
  }

  /** The ids of a real text's words: the set a walk is pulled towards. */
  public java.util.BitSet vocabulary(String text) {
    java.util.BitSet set = new java.util.BitSet(words.size());
    for (String w : tokens(text)) {
      Integer id = ids.get(w);
      if (id != null) {
        set.set(id);
      }
    }
    return set;
  }

  /**
   * A walk of about {@code length} words that starts with {@code first}, ends at a sentence end
   * where the model has them ({@code sentences}), and takes a word of {@code own} where one of
   * {@code tries} sampled continuations is one; new words come from {@code rare}.
   */
  public String walk(
      String first,
      int length,
      boolean sentences,
      java.util.BitSet own,
      int tries,
      RareWords rare,
      SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    Integer start = first == null ? null : ids.get(first);
    int w = start != null ? start : startIds[random.nextInt(startIds.length)];
    int max = length + length / 3 + 5;
    for (int n = 1; ; n++) {
      String word = rare.maybeVary(words.get(w), random);
      out.append(out.isEmpty() ? "" : " ").append(word);
      boolean end = words.get(w).endsWith(".");
      if (n >= max || (n >= length && (end || !sentences))) {
        break;
      }
      int[] row = follow[w];
      if (row.length == 0) {
        w = startIds[random.nextInt(startIds.length)];
        continue;
      }
      int pick = row[random.nextInt(row.length)];
      for (int t = 1; t < tries && !own.get(pick); t++) {
        pick = row[random.nextInt(row.length)];
      }
      w = pick;
    }
    return out.toString();
  }

  private int id(String word) {
    Integer id = ids.get(word);
    if (id == null) {
      id = words.size();
      ids.put(word, id);
      words.add(word);
      next.add(new int[4]);
    }
    return id;
  }
}
