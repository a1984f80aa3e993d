package org.anodex.index.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * At index time, a notation is also findable by its parts: {@code Si/C} is indexed as {@code Si/C}
 * and, at the same position, {@code Si} and {@code C}; {@code PEDOT:PSS} also as {@code PEDOT} and
 * {@code PSS}. So a search for "Si" finds the Si/C papers, while a search for "Si/C" finds only
 * those. Fractions inside a formula ({@code LiNi1/3Co1/3Mn1/3O2}) are not split. Parts are stacked
 * at the notation's position (no graph), which phrase queries over the whole notation and Solr's
 * index-time analysis both accept.
 */
public final class ChemistryPartsFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final Deque<int[]> parts = new ArrayDeque<>();
  private AttributeSource.State whole;
  private String wholeText;

  public ChemistryPartsFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!parts.isEmpty()) {
      int[] p = parts.poll();
      restoreState(whole);
      int start = offset.startOffset();
      boolean exact = offset.endOffset() - start == wholeText.length();
      term.setEmpty().append(wholeText, p[0], p[1]);
      posInc.setPositionIncrement(0);
      if (exact) {
        offset.setOffset(start + p[0], start + p[1]);
      }
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    splitParts();
    if (!parts.isEmpty()) {
      whole = captureState();
      wholeText = term.toString();
    }
    return true;
  }

  private void splitParts() {
    int from = 0;
    int n = term.length();
    char[] b = term.buffer();
    for (int i = 0; i < n; i++) {
      char c = b[i];
      boolean fraction =
          c == '/'
              && i > 0
              && i + 1 < n
              && Character.isDigit(b[i - 1])
              && Character.isDigit(b[i + 1]);
      if ((c == '/' || c == '@' || c == ':' || c == '-') && !fraction) {
        if (i > from) {
          parts.add(new int[] {from, i});
        }
        from = i + 1;
      }
    }
    if (!parts.isEmpty() && n > from) {
      parts.add(new int[] {from, n});
    }
    if (parts.size() < 2) {
      parts.clear(); // "abc-" has no parts but itself
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts.clear();
    whole = null;
    wholeText = null;
  }
}
