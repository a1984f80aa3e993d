package org.anodex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.anodex.enrich.Taxonomy;
import org.anodex.index.Schema;
import org.anodex.paper.Journals;

/**
 * A filter's values as the index holds them, whatever case the user wrote ({@code binder:paa} is
 * {@code PAA}, {@code material:micro-si} is {@code silicon/micro-Si}) and by the words that signal
 * a value in the taxonomy ({@code electrolyte:FEC} is {@code FEC additive}, {@code
 * binder:polyacrylic acid} is {@code PAA}). A value that names nothing is refused with the values
 * nearest to it, as an unknown dimension is, rather than silently finding no paper. Both backends
 * resolve filters here.
 */
public final class FilterValues {
  /** The values of a dimension outside the taxonomy (journal, format) that the index holds. */
  public interface Indexed {
    Collection<String> values(String dimension) throws IOException;

    /**
     * Whether the index holds exactly this value of the dimension: then it is taken without reading
     * every value (an author filter on a million papers would read millions of names per search).
     */
    default boolean holds(String dimension, String value) throws IOException {
      return false;
    }
  }

  private static final int NEAR = 5;

  /** By dimension: each value's path and label by {@link #key}. */
  private final Map<String, Map<String, Set<String>>> labels = new LinkedHashMap<>();

  /** By dimension: the taxonomy's signal words of each value, which name it where no label does. */
  private final Map<String, Map<String, Set<String>>> signals = new LinkedHashMap<>();

  public FilterValues(Taxonomy taxonomy) {
    for (Taxonomy.Dimension d : taxonomy.dimensions()) {
      collect(
          d.values(),
          "",
          labels.computeIfAbsent(d.key(), k -> new LinkedHashMap<>()),
          signals.computeIfAbsent(d.key(), k -> new LinkedHashMap<>()));
    }
  }

  /** Each requested value replaced by the indexed values it names; refused where it names none. */
  public Map<String, List<String>> resolve(Map<String, List<String>> requested, Indexed indexed)
      throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : requested.entrySet()) {
      String dim = e.getKey();
      Set<String> values = new LinkedHashSet<>();
      for (String v : e.getValue()) {
        values.addAll(resolve(dim, v, indexed));
      }
      out.put(dim, List.copyOf(values));
    }
    return out;
  }

  private List<String> resolve(String dim, String value, Indexed indexed) throws IOException {
    if (dim.equals(Schema.YEAR)) {
      if (!value.matches("\\d{1,4}")) {
        throw new InvalidRequestException(
            "Unknown value",
            "year filters take a year (year:2024), was '"
                + value
                + "'; for a span use range=year:2020..2024");
      }
      return List.of(value);
    }
    Map<String, Set<String>> names = labels.get(dim);
    if (names == null && indexed.holds(dim, value)) {
      return List.of(value);
    }
    if (names == null) {
      names = new LinkedHashMap<>();
      for (String v : indexed.values(dim)) {
        names.computeIfAbsent(key(dim, v), k -> new LinkedHashSet<>()).add(v);
      }
    }
    String key = key(dim, value);
    Set<String> found =
        names.containsKey(key) ? names.get(key) : signals.getOrDefault(dim, Map.of()).get(key);
    if (found != null) {
      return found.contains(value) ? List.of(value) : List.copyOf(found);
    }
    throw new InvalidRequestException(
        "Unknown value", "no " + dim + " '" + value + "'; " + near(dim, value, names));
  }

  /**
   * Each value's path and label into {@code labels}, its signal words into {@code signals}, by
   * {@link #key}.
   */
  private static void collect(
      List<Taxonomy.Value> values,
      String prefix,
      Map<String, Set<String>> labels,
      Map<String, Set<String>> signals) {
    for (Taxonomy.Value v : values) {
      String path = prefix + v.value();
      labels.computeIfAbsent(key("", path), k -> new LinkedHashSet<>()).add(path);
      labels.computeIfAbsent(key("", v.value()), k -> new LinkedHashSet<>()).add(path);
      for (Taxonomy.Rule r : v.signals()) {
        // A signal that needs a neighbouring word ("PAA" near "binder") still names its value here:
        // the user chose the dimension, which is the context.
        for (String word : concat(r.terms(), r.exact())) {
          signals.computeIfAbsent(key("", word), k -> new LinkedHashSet<>()).add(path);
        }
      }
      collect(v.children(), path + "/", labels, signals);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * What is compared: lower case, with hyphens and spaces alike and a plural "s" dropped (as
   * taxonomy terms match); journal names as {@link Journals} writes them, less a leading "The".
   */
  static String key(String dim, String value) {
    String v =
        dim.equals(Schema.JOURNAL) ? Journals.canonical(value).replaceFirst("^The ", "") : value;
    v = v.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\u2010\u2013-]+", " ");
    return v.length() > 3 && v.endsWith("s") && !v.endsWith("ss")
        ? v.substring(0, v.length() - 1)
        : v;
  }

  /** "near: PAA, PAN" or the dimension's first values where nothing is near. */
  private static String near(String dim, String value, Map<String, Set<String>> names) {
    String wanted = key(dim, value);
    List<String> values = names.values().stream().flatMap(Set::stream).distinct().toList();
    List<String> near =
        values.stream()
            .filter(
                v ->
                    distance(wanted, key(dim, v)) <= Math.max(1, wanted.length() / 3)
                        || key(dim, v).contains(wanted)
                        || wanted.contains(key(dim, v)) && key(dim, v).length() > 2)
            .sorted(Comparator.comparingInt(v -> distance(wanted, key(dim, v))))
            .limit(NEAR)
            .toList();
    if (!near.isEmpty()) {
      return "near: " + String.join(", ", near);
    }
    return values.isEmpty()
        ? "the index holds no " + dim + " yet"
        : "known values include "
            + String.join(", ", values.stream().limit(NEAR * 2).toList())
            + (values.size() > NEAR * 2 ? " (GET /api/facets lists the taxonomy's)" : "");
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
