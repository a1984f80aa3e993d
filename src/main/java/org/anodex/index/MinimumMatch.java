package org.anodex.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many of a query's plain words a paper must contain to match, in Solr's {@code mm} notation
 * (the subset users of Solr and Elasticsearch know): {@code 2} words, {@code -1} all but one,
 * {@code 75%} of them (rounded down), {@code -25%}, and {@code N<SPEC}: every word of a query of up
 * to N words, SPEC for longer ones. {@code 1} is "any word" (OR). Without it, {@code silicon anode}
 * counted every paper that said "anode", and a short query's total was not what a reader takes it
 * for.
 */
public record MinimumMatch(String spec) {
  private static final Pattern FORM = Pattern.compile("(?:(\\d+)<)?(-?\\d+)(%?)");
  public static final MinimumMatch ANY = new MinimumMatch("1");

  public MinimumMatch {
    spec = spec == null ? "1" : spec.strip();
    if (!FORM.matcher(spec).matches()) {
      throw new IllegalArgumentException(
          "minimum_should_match '"
              + spec
              + "' is not N, -N, N%, -N% or N<SPEC (e.g. 3<75%: every word of up to 3, else 75 %)");
    }
  }

  /** How many of {@code words} optional clauses must match: at least 1, at most all of them. */
  public int of(int words) {
    Matcher m = FORM.matcher(spec);
    m.matches();
    if (m.group(1) != null && words <= Integer.parseInt(m.group(1))) {
      return words;
    }
    int n = Integer.parseInt(m.group(2));
    int count =
        m.group(3).isEmpty() ? n : (int) ((long) Math.abs(n) * words / 100) * Integer.signum(n);
    int required = count < 0 ? words + count : count;
    return Math.max(1, Math.min(words, required));
  }
}
