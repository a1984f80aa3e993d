package org.anodex.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.index.Schema;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.Query;

/** {@code FIELD:MIN..MAX} with either end open, as a Lucene range query. */
final class RangeParser {
  private static final Pattern RANGE = Pattern.compile("([a-z_]+):\\s*(-?[0-9.]*)\\s*\\.\\.\\s*(-?[0-9.]*)");

  private RangeParser() {}

  static Query parse(String range) {
    Matcher m = RANGE.matcher(range.strip());
    if (!m.matches() || (m.group(2).isEmpty() && m.group(3).isEmpty())) {
      throw new InvalidRequestException("Bad range", "range must be FIELD:MIN..MAX (either end may be open), was '" + range + "'");
    }
    String field = m.group(1);
    if (!field.equals(Schema.YEAR)) {
      throw new InvalidRequestException("Unknown range field", "no range field '" + field + "'; known: year");
    }
    try {
      int lo = m.group(2).isEmpty() ? Integer.MIN_VALUE : Integer.parseInt(m.group(2));
      int hi = m.group(3).isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(m.group(3));
      return IntPoint.newRangeQuery(Schema.YEAR, lo, hi);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("Bad range", "year bounds must be whole numbers, was '" + range + "'");
    }
  }
}
