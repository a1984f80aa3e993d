package org.anodex.search;

import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.WildcardQuery;

/**
 * The limits that keep one query from eating the machine: its length, how many of its words expand
 * (fuzzy, wildcard, prefix) and into how many index words, its clauses after expansion, and how
 * specific a wildcard must be. Each refusal says which limit.
 */
final class QueryLimits {
  static final int MAX_LENGTH = 2000;
  static final int MAX_CLAUSES = 1024;

  /**
   * Letters a wildcard or prefix term must start with: "a*" would expand to half the dictionary.
   */
  static final int MIN_WILDCARD_PREFIX = 2;

  static final float MAX_EDITS = 2f;

  /**
   * Distinct words with {@code ~}, {@code *} or {@code ?} in one query. Each is expanded in every
   * field a plain word searches; 40 of them took 5-6 s of automata and highlighting for one answer.
   */
  static final int MAX_EXPANDING_WORDS = 8;

  /**
   * Index words a fuzzy word stands for in one field, the closest first (Lucene's default is 50).
   */
  static final int MAX_FUZZY_EXPANSIONS = 16;

  static {
    IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
  }

  private QueryLimits() {}

  static void checkLength(String q) {
    if (q.length() > MAX_LENGTH) {
      throw new InvalidRequestException(
          "Query too long",
          "the query has " + q.length() + " characters; the limit is " + MAX_LENGTH);
    }
  }

  static void checkMultiTerm(Query q) {
    String text =
        q instanceof WildcardQuery w
            ? w.getTerm().text()
            : q instanceof PrefixQuery p ? p.getPrefix().text() + "*" : null;
    if (text != null) {
      int prefix = 0;
      while (prefix < text.length() && text.charAt(prefix) != '*' && text.charAt(prefix) != '?') {
        prefix++;
      }
      if (prefix < MIN_WILDCARD_PREFIX) {
        throw new InvalidRequestException(
            "Wildcard too broad",
            "'"
                + text
                + "' needs at least "
                + MIN_WILDCARD_PREFIX
                + " characters before its first wildcard");
      }
    }
    if (q instanceof FuzzyQuery f && f.getTerm().text().length() < 3) {
      throw new InvalidRequestException(
          "Fuzzy term too short", "'" + f.getTerm().text() + "~' needs at least 3 characters");
    }
  }

  static void checkExpandingWords(java.util.Set<String> words) {
    if (words.size() > MAX_EXPANDING_WORDS) {
      throw new InvalidRequestException(
          "Query too large",
          "the query has "
              + words.size()
              + " fuzzy or wildcard words; the limit is "
              + MAX_EXPANDING_WORDS);
    }
  }

  static InvalidRequestException tooManyClauses() {
    return new InvalidRequestException(
        "Query too large",
        "the query expands to more than "
            + MAX_CLAUSES
            + " terms (the clause limit); make wildcards and fuzzy terms more specific");
  }
}
