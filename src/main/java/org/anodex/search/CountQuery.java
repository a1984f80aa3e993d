package org.anodex.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anodex.index.PaperFields;
import org.anodex.index.Schema;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A query that matches the same papers as a ranked query with less work: what counts the matches
 * (and the facets) need not score. A plain word searches every weighted field, but the title,
 * abstract and keywords are parts of {@link Schema#CONTENTS}, indexed from the same tokens ({@code
 * FrontTokens}), so a paper with the word (or phrase) in a part has it in the contents too. The
 * part's clause adds no match beside the same clause on the contents, and is left out.
 */
final class CountQuery {
  private static final Set<String> PARTS =
      Set.copyOf(
          PaperFields.ALL.stream()
              .filter(PaperFields.Field::contentsPart)
              .map(PaperFields.Field::name)
              .toList());

  private CountQuery() {}

  static Query of(Query query) {
    if (query instanceof BoostQuery b) {
      return new BoostQuery(of(b.getQuery()), b.getBoost());
    }
    if (query instanceof ConstantScoreQuery c) {
      return new ConstantScoreQuery(of(c.getQuery()));
    }
    if (!(query instanceof BooleanQuery b)) {
      return query;
    }
    // With a minimum of clauses to match, each clause counts: none may go.
    boolean optional = b.getMinimumNumberShouldMatch() == 0;
    Set<Object> inContents = new HashSet<>();
    for (BooleanClause c : b.clauses()) {
      if (c.getOccur() == BooleanClause.Occur.SHOULD) {
        Object key = key(c.getQuery(), Schema.CONTENTS);
        if (key != null) {
          inContents.add(key);
        }
      }
    }
    BooleanQuery.Builder out =
        new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
    for (BooleanClause c : b.clauses()) {
      boolean covered =
          optional
              && c.getOccur() == BooleanClause.Occur.SHOULD
              && inContents.contains(partKey(c.getQuery()));
      if (!covered) {
        out.add(of(c.getQuery()), c.getOccur());
      }
    }
    return out.build();
  }

  /** What a clause on a contents part looks for, as {@link #key} names it; null for others. */
  private static Object partKey(Query q) {
    Query inner = unboosted(q);
    String field = null;
    if (inner instanceof TermQuery t) {
      field = t.getTerm().field();
    } else if (inner instanceof PhraseQuery p) {
      field = p.getField();
    } else if (inner instanceof SynonymQuery s) {
      field = s.getField();
    }
    return field != null && PARTS.contains(field) ? key(inner, field) : null;
  }

  /**
   * What a term, phrase or synonym clause on {@code field} looks for, without the field: equal
   * keys, equal matches within the same text. Null for other clauses, and for clauses on other
   * fields.
   */
  private static Object key(Query q, String field) {
    Query inner = unboosted(q);
    if (inner instanceof TermQuery t && t.getTerm().field().equals(field)) {
      return t.getTerm().bytes();
    }
    if (inner instanceof PhraseQuery p && field.equals(p.getField())) {
      List<Object> words = new java.util.ArrayList<>();
      for (Term t : p.getTerms()) {
        words.add(t.bytes());
      }
      return List.of(words, java.util.Arrays.toString(p.getPositions()), p.getSlop());
    }
    if (inner instanceof SynonymQuery s && field.equals(s.getField())) {
      // any of its words matches, whatever their weights
      Set<Object> words = new HashSet<>();
      for (Term t : s.getTerms()) {
        words.add(t.bytes());
      }
      return words;
    }
    return null;
  }

  private static Query unboosted(Query q) {
    return q instanceof BoostQuery b ? unboosted(b.getQuery()) : q;
  }
}
