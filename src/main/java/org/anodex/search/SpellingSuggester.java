package org.anodex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.anodex.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each plain word of a query that the index does not know (or barely knows) is
 * replaced by the closest word that it knows well, taken from titles and abstracts. Query syntax is
 * left as typed.
 */
final class SpellingSuggester {
  private static final String[] FIELDS = {Schema.TITLE, Schema.ABSTRACT};
  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final Analyzer analyzer;

  SpellingSuggester(Analyzer analyzer) {
    this.analyzer = analyzer;
    checker.setMinQueryLength(4);
    checker.setMaxEdits(2);
  }

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
      if (word.matches("\\p{L}{4,}") && lower != null && docFreq(reader, lower) < 2) {
        SuggestWord best = null;
        for (String field : FIELDS) {
          // Among the closest spellings (equal edits), the most frequent: "siliconn" is "silicon",
          // not "silicone".
          for (SuggestWord w :
              checker.suggestSimilar(
                  new Term(field, lower), 5, reader, SuggestMode.SUGGEST_MORE_POPULAR)) {
            if (best == null
                || w.score > best.score + 0.05f
                || w.score > best.score - 0.05f && w.freq > best.freq) {
              best = w;
            }
          }
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
