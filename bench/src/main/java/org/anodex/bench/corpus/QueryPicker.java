package org.anodex.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.anodex.paper.Paper;

/**
 * The benchmark's queries: 2 to 4 consecutive content words of a real title (lower case, letters,
 * digits and inner hyphens only, so that no system reads them as syntax), each with a year for the
 * filtered class. Deterministic for a seed. Written at run time beside the corpus, never into the
 * repository.
 */
public final class QueryPicker {
  private static final Set<String> STOP =
      Set.of(
          "the", "and", "for", "with", "from", "via", "its", "their", "into", "based", "using",
          "towards", "toward", "through", "on", "of", "in", "a", "an", "to", "by", "as", "at", "or",
          "not", "is", "are", "be", "high", "new", "study");

  public record Query(String words, int year) {}

  public static List<Query> pick(List<Paper> real, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<Query> out = new ArrayList<>(count);
    List<Integer> years = real.stream().map(Paper::year).filter(y -> y != null).toList();
    while (out.size() < count) {
      Paper p = real.get(random.nextInt(real.size()));
      List<String> words = new ArrayList<>();
      for (String t : TextModel.tokens(p.title())) {
        String w = clean(t);
        if (w.length() >= 3 && !STOP.contains(w)) {
          words.add(w);
        }
      }
      int k = 2 + random.nextInt(3);
      if (words.size() < k) {
        continue;
      }
      int from = random.nextInt(words.size() - k + 1);
      out.add(
          new Query(
              String.join(" ", words.subList(from, from + k)),
              years.get(random.nextInt(years.size()))));
    }
    return out;
  }

  static String clean(String token) {
    String w = token.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]", "");
    return w.replaceAll("^-+|-+$", "");
  }
}
