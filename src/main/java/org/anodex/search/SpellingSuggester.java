package org.anodex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.anodex.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * "Did you mean": each plain word of a query that the index does not know (or barely knows) is
 * replaced by the closest word that it knows well, taken from titles and abstracts. Query syntax is
 * left as typed.
 */
final class SpellingSuggester {
  private static final String[] FIELDS = {Schema.TITLE, Schema.ABSTRACT};
  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
  private static final int MIN_LETTERS = 4;
  private static final int MAX_EDITS = 2;

  /**
   * Up to this length a spelling one edit away always beats one two edits away (their scores, 1 -
   * edits / letters, differ by more than the 0.05 within which the more frequent is chosen), so a
   * second edit is looked for only when one finds nothing: a walk of the terms within one edit
   * visits a fraction of those within two.
   */
  private static final int ONE_EDIT_WINS_UP_TO = 16;

  /**
   * Spellings at least this similar (1 - edits / length) are offered, as Lucene's spell checker.
   */
  private static final float ACCURACY = 0.5f;

  /** The closest spellings of a field that compete with another field's. */
  private static final int PER_FIELD = 5;

  private static final Comparator<Spelling> BEST_FIRST =
      Comparator.comparingDouble((Spelling w) -> -w.score())
          .thenComparing(w -> -w.freq())
          .thenComparing(Spelling::string);

  private final Analyzer analyzer;

  SpellingSuggester(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  private record Spelling(String string, float score, int freq) {}

  /** The corrected query, or null when no word needs correcting. */
  String suggest(String q, IndexReader reader) throws IOException {
    if (q == null || q.isBlank() || q.contains(":") || q.contains("\"")) {
      return null;
    }
    List<String> out = new ArrayList<>();
    boolean changed = false;
    for (String word : q.strip().split("\\s+")) {
      String fixed = word;
      String lower = analyzed(word);
      int letters = lower == null ? 0 : lower.codePointCount(0, lower.length());
      if (WORD.matcher(word).matches() && letters >= MIN_LETTERS && docFreq(reader, lower) < 2) {
        Spelling best = letters <= ONE_EDIT_WINS_UP_TO ? best(lower, 1, reader) : null;
        if (best == null) {
          best = best(lower, MAX_EDITS, reader);
        }
        if (best != null) {
          fixed = best.string;
          changed = true;
        }
      }
      out.add(fixed);
    }
    return changed ? String.join(" ", out) : null;
  }

  /** The best spelling of a word within {@code edits} edits in titles and abstracts, or null. */
  private static Spelling best(String word, int edits, IndexReader reader) throws IOException {
    Spelling best = null;
    for (String field : FIELDS) {
      // Among the closest spellings (equal edits), the most frequent: "siliconn" is "silicon", not
      // "silicone".
      for (Spelling w : closest(new Term(field, word), edits, reader)) {
        if (best == null
            || w.score > best.score + 0.05f
            || w.score > best.score - 0.05f && w.freq > best.freq) {
          best = w;
        }
      }
    }
    return best;
  }

  /**
   * The spellings of a field within {@code edits} edits of the word that more papers use than the
   * word itself, best first: fewest edits for their length, then most papers.
   */
  private static List<Spelling> closest(Term word, int edits, IndexReader reader)
      throws IOException {
    int own = reader.docFreq(word);
    int letters = word.text().codePointCount(0, word.text().length());
    List<Spelling> found = new ArrayList<>();
    for (NearTerms.Near near : NearTerms.of(reader, word.field(), word.text(), edits)) {
      String t = near.term().utf8ToString();
      // Lucene's fuzzy similarity: 1 - edits / the shorter length.
      float score =
          1.0f - (float) near.edits() / Math.min(t.codePointCount(0, t.length()), letters);
      if (near.edits() > 0 && score >= ACCURACY && near.docFreq() > own) {
        found.add(new Spelling(t, score, near.docFreq()));
      }
    }
    found.sort(BEST_FIRST);
    return found.subList(0, Math.min(PER_FIELD, found.size()));
  }

  /** The word as the index holds it (lower-cased, stemmed), or null when it is not one term. */
  private String analyzed(String word) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(Schema.TITLE, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String first = ts.incrementToken() ? term.toString() : null;
      boolean more = ts.incrementToken();
      ts.end();
      return more ? null : first;
    }
  }

  private static int docFreq(IndexReader reader, String word) throws IOException {
    int df = 0;
    for (String f : FIELDS) {
      df += reader.docFreq(new Term(f, word));
    }
    return df;
  }
}
