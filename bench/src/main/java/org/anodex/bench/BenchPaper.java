package org.anodex.bench;

import java.util.List;

/** A paper of the scale corpus as the peers (in-process Lucene, Solr) index it: no embedding. */
public record BenchPaper(
    String id,
    String doi,
    String title,
    String abstractText,
    List<String> authors,
    String venue,
    Integer year,
    String published) {

  /**
   * Days since 1970-01-01 of the publication date (or 1 July of the year), for sorting by date; 0
   * if none.
   */
  public long dateKey() {
    try {
      if (published != null && published.length() >= 10) {
        return java.time.LocalDate.parse(published.substring(0, 10)).toEpochDay();
      }
    } catch (java.time.format.DateTimeParseException e) {
      // fall through to the year
    }
    return year == null ? 0 : java.time.LocalDate.of(year, 7, 1).toEpochDay();
  }
}
