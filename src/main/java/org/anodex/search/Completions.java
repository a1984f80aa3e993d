package org.anodex.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.anodex.enrich.Taxonomy;

/**
 * Completions per keystroke from memory: taxonomy values (with the filter that selects them), the
 * words that signal them (material names, abbreviations), and paper titles, matched at the start of
 * the text or of any of its words. Built once per index snapshot; a lookup is a binary search.
 */
public final class Completions {
  /** Titles beyond this many are not offered (memory: about 1 kB a title). */
  public static final int MAX_TITLES = 50_000;

  /** A completion and the lower-cased key a prefix is matched against. */
  private record Entry(String key, Completion completion, int rank) {}

  private final Entry[] entries;

  private Completions(List<Entry> list) {
    entries = list.toArray(new Entry[0]);
    Arrays.sort(entries, Comparator.comparing(Entry::key));
  }

  public static Completions build(Taxonomy taxonomy, Iterable<String> titles) {
    List<Entry> list = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Taxonomy.Dimension d : taxonomy.dimensions()) {
      addValues(d.key(), d.values(), "", list, seen);
    }
    int n = 0;
    for (String title : titles) {
      if (title == null || ++n > MAX_TITLES) {
        continue;
      }
      Completion c = new Completion(title, "title", null);
      for (String key : wordStarts(title)) {
        list.add(new Entry(key, c, 3));
      }
    }
    return new Completions(list);
  }

  private static void addValues(
      String dim, List<Taxonomy.Value> values, String prefix, List<Entry> out, Set<String> seen) {
    for (Taxonomy.Value v : values) {
      String path = prefix + v.value();
      Completion topic = new Completion(v.value(), "topic", dim + ":" + path);
      out.add(new Entry(v.value().toLowerCase(Locale.ROOT), topic, 0));
      for (Taxonomy.Rule r : v.signals()) {
        for (String term : concat(r.terms(), r.exact())) {
          String key = term.toLowerCase(Locale.ROOT);
          if (term.length() >= 2 && seen.add(key + "\u0000" + path)) {
            out.add(
                new Entry(
                    key,
                    new Completion(term, "term", dim + ":" + path),
                    r.near().isEmpty() ? 1 : 2));
          }
        }
      }
      addValues(dim, v.children(), path + "/", out, seen);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** The text from each word start on: "silicon anodes" gives "silicon anodes" and "anodes". */
  private static List<String> wordStarts(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < lower.length() && keys.size() < 12; i++) {
      if (Character.isLetterOrDigit(lower.charAt(i))
          && (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)))) {
        keys.add(lower.substring(i, Math.min(lower.length(), i + 40)));
      }
    }
    return keys;
  }

  public List<Completion> lookup(String prefix, int size) {
    String p = prefix.strip().toLowerCase(Locale.ROOT);
    if (p.isEmpty()) {
      return List.of();
    }
    int from = lowerBound(p);
    Map<String, Entry> best = new LinkedHashMap<>();
    for (int i = from; i < entries.length && entries[i].key().startsWith(p); i++) {
      Entry e = entries[i];
      String id = sameness(e.completion());
      Entry old = best.get(id);
      // A match at the start of the text beats one at a later word, and topics beat terms beat
      // titles.
      if (old == null || score(e, p) < score(old, p)) {
        best.put(id, e);
      }
      if (best.size() > 5000) {
        break;
      }
    }
    return best.values().stream()
        .sorted(
            Comparator.comparingInt((Entry e) -> score(e, p))
                .thenComparing(e -> e.completion().text().length()))
        .limit(size)
        .map(Entry::completion)
        .toList();
  }

  /**
   * What makes two completions the same to a reader: a title its text; a taxonomy word the filter
   * it selects and the word in any case and number ("micro-Si" the topic and the term, "FEC" and
   * "FECs").
   */
  private static String sameness(Completion c) {
    if (c.filter() == null) {
      return c.kind() + "\u0000" + c.text();
    }
    String word = c.text().toLowerCase(Locale.ROOT);
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      word = word.substring(0, word.length() - 1);
    }
    return c.filter() + "\u0000" + word;
  }

  private static int score(Entry e, String prefix) {
    boolean atStart = e.completion().text().toLowerCase(Locale.ROOT).startsWith(prefix);
    return e.rank() * 2 + (atStart ? 0 : 1);
  }

  private int lowerBound(String p) {
    int lo = 0;
    int hi = entries.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entries[mid].key().compareTo(p) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
