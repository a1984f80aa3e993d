package org.anodex.search;

import org.anodex.index.Schema;

/**
 * The orders of API.md's {@code sort}: each names the index field it sorts by and its direction
 * (ties by paper id on both backends), so that a backend renders it without a switch of its own.
 */
public enum SortOrder {
  RELEVANCE("relevance", null, true),
  OLDEST("date", Schema.DATE_SORT, false),
  NEWEST("-date", Schema.DATE_SORT, true),
  MOST_CITED("-citations", Schema.CITATIONS, true);

  private final String name;
  private final String field;
  private final boolean descending;

  SortOrder(String name, String field, boolean descending) {
    this.name = name;
    this.field = field;
    this.descending = descending;
  }

  /** The order a {@code sort} parameter names; anything else is a 400 that lists the orders. */
  public static SortOrder named(String sort) {
    for (SortOrder o : values()) {
      if (o.name.equals(sort)) {
        return o;
      }
    }
    throw new InvalidRequestException(
        "Bad sort",
        "sort must be relevance, -date (newest first), date (oldest first) "
            + "or -citations (most cited first), was '"
            + sort
            + "'");
  }

  /** The index field sorted by; null for relevance (the score). */
  public String field() {
    return field;
  }

  public boolean descending() {
    return descending;
  }

  public boolean byRelevance() {
    return this == RELEVANCE;
  }
}
