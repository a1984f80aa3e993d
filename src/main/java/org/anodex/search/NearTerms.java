package org.anodex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * The terms of a field within a few edits of a word and beginning with its first letter, as
 * Lucene's fuzzy query with a prefix of one finds them: insertions, deletions, substitutions and
 * swaps of two neighbours, counted in code points after that letter. Lucene builds a Levenshtein
 * automaton for each search, which for two edits costs about a millisecond, more than the search;
 * here each segment's sorted terms are walked with one row of edit distances per letter of the
 * term, and from a prefix already more than the allowed edits away the walk seeks to the next
 * letter in its place that can still be within them.
 */
final class NearTerms {
  /** A term, its edits from the word, and how many papers have it. */
  record Near(BytesRef term, int edits, int docFreq) {}

  private final int[] word; // the code points after the first
  private final BytesRef first; // the first code point, as UTF-8
  private final int maxEdits;

  // rows[d][j]: edits between the term's first d code points after the first letter and the
  // word's first j; they stay valid for the prefix the next term shares.
  private int[][] rows = new int[16][];
  private int[] term = new int[16]; // the current term's code points after the first letter
  private int[] ends = new int[16]; // where each of them ends in the term's bytes
  private int valid; // rows[0..valid] hold for term[0..valid)

  private NearTerms(String word, int maxEdits) {
    int[] cps = word.codePoints().toArray();
    this.word = Arrays.copyOfRange(cps, 1, cps.length);
    this.first = new BytesRef(new String(cps, 0, 1));
    this.maxEdits = maxEdits;
    rows[0] = new int[this.word.length + 1];
    for (int j = 0; j <= this.word.length; j++) {
      rows[0][j] = j;
    }
  }

  /**
   * The terms of a field within {@code maxEdits} of the word (itself included when present), in
   * term order, with their papers in the whole index. Each segment's terms are walked on their own:
   * a seek in the terms of all segments at once seeks in every one of them.
   */
  static List<Near> of(IndexReader reader, String field, String word, int maxEdits)
      throws IOException {
    TreeMap<BytesRef, Near> found = new TreeMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms != null) {
        for (Near n : new NearTerms(word, maxEdits).walk(terms.iterator())) {
          found.merge(n.term, n, (a, b) -> new Near(a.term, a.edits, a.docFreq + b.docFreq));
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  private List<Near> walk(TermsEnum te) throws IOException {
    List<Near> found = new ArrayList<>();
    if (te.seekCeil(first) == TermsEnum.SeekStatus.END) {
      return found;
    }
    BytesRef t = te.term();
    while (t != null && startsWithFirst(t)) {
      int length = decode(t);
      int dead = -1;
      for (int d = valid + 1; d <= length; d++) {
        if (!row(d)) {
          dead = d;
          break;
        }
        valid = d;
      }
      if (dead > 0) {
        valid = dead - 1;
        t = skip(te, t, dead);
        continue;
      }
      int edits = rows[length][word.length];
      if (edits <= maxEdits) {
        found.add(new Near(BytesRef.deepCopyOf(t), edits, te.docFreq()));
      }
      t = te.next();
    }
    return found;
  }

  private boolean startsWithFirst(BytesRef t) {
    if (t.length < first.length) {
      return false;
    }
    for (int i = 0; i < first.length; i++) {
      if (t.bytes[t.offset + i] != first.bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the term's code points after the first letter; rows stay valid as far as it shares them
   * with the term before. Returns how many there are.
   */
  private int decode(BytesRef t) {
    int n = 0;
    int i = t.offset + first.length;
    int end = t.offset + t.length;
    while (i < end) {
      int b = t.bytes[i] & 0xff;
      int len = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
      int cp = len == 1 ? b : b & (0xff >> (len + 1));
      for (int k = 1; k < len; k++) {
        cp = (cp << 6) | (t.bytes[i + k] & 0x3f);
      }
      i += len;
      if (n == term.length) {
        term = Arrays.copyOf(term, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      if (n < valid && term[n] != cp) {
        valid = n;
      }
      term[n] = cp;
      ends[n] = i - t.offset;
      n++;
    }
    valid = Math.min(valid, n);
    return n;
  }

  /** Computes row {@code d}; false when every entry is beyond the edits allowed. */
  private boolean row(int d) {
    if (d == rows.length) {
      rows = Arrays.copyOf(rows, d * 2);
    }
    int[] r = rows[d];
    if (r == null) {
      r = rows[d] = new int[word.length + 1];
    }
    int[] up = rows[d - 1];
    int[] upUp = d >= 2 ? rows[d - 2] : null;
    int c = term[d - 1];
    r[0] = d;
    int min = d;
    for (int j = 1; j <= word.length; j++) {
      int v = Math.min(Math.min(up[j] + 1, r[j - 1] + 1), up[j - 1] + (c == word[j - 1] ? 0 : 1));
      if (upUp != null && j >= 2 && c == word[j - 2] && term[d - 2] == word[j - 1]) {
        v = Math.min(v, upUp[j - 2] + 1);
      }
      r[j] = v;
      min = Math.min(min, v);
    }
    // The rows after one all beyond the edits are too: a swap reaches two rows back, but the row
    // between is at most one edit more than where the swap starts.
    return min <= maxEdits;
  }

  /**
   * Moves past a term whose first {@code dead} letters after the first are beyond the edits: to the
   * next letter in that place that can still be within them, or past the letters before it when no
   * letter can. Returns the term reached, or null at the end.
   */
  private BytesRef skip(TermsEnum te, BytesRef t, int dead) throws IOException {
    int before = dead == 1 ? first.length : ends[dead - 2];
    int letter = nextLetter(dead);
    BytesRefBuilder target = new BytesRefBuilder();
    target.copyBytes(t.bytes, t.offset, before);
    if (letter >= 0) {
      target.append(new BytesRef(new String(Character.toChars(letter))));
    } else if (dead == 1 || !increment(target)) {
      return null;
    }
    return te.seekCeil(target.get()) == TermsEnum.SeekStatus.END ? null : te.term();
  }

  /**
   * The smallest letter above the term's in place {@code d} that keeps row {@code d} within the
   * edits, or -1. Row {@code d - 1} is within them and row {@code d} is not, so the row before is
   * at its limit everywhere: only a letter of the word that matches where that row is at its limit,
   * or the first of two swapped ones, keeps the row within.
   */
  private int nextLetter(int d) {
    int[] up = rows[d - 1];
    int[] upUp = d >= 2 ? rows[d - 2] : null;
    int above = term[d - 1];
    int best = Integer.MAX_VALUE;
    for (int j = 1; j <= word.length; j++) {
      if (up[j - 1] <= maxEdits && word[j - 1] > above) {
        best = Math.min(best, word[j - 1]);
      }
      if (upUp != null
          && j >= 2
          && upUp[j - 2] < maxEdits
          && term[d - 2] == word[j - 1]
          && word[j - 2] > above) {
        best = Math.min(best, word[j - 2]);
      }
    }
    return best == Integer.MAX_VALUE ? -1 : best;
  }

  /** The smallest bytes after all that begin with these; false when there are none. */
  private static boolean increment(BytesRefBuilder prefix) {
    int i = prefix.length() - 1;
    while (i >= 0 && (prefix.byteAt(i) & 0xff) == 0xff) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    prefix.setLength(i + 1);
    prefix.setByteAt(i, (byte) (prefix.byteAt(i) + 1));
    return true;
  }
}
