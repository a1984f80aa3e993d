package org.anodex.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lower-cases words, except where case is the meaning: a two-letter element symbol written as one
 * ("Si", "Co", "Al") keeps its case, so that silicon is not the "si" of ordinary text, cobalt not
 * the "co" of "co-doped", aluminium not the "al" of "et al.". Formulas and notations ({@code
 * LiPF6}, {@code Si/C}, {@code PEDOT:PSS}) are lower-cased (they are unambiguous in any case, and
 * users type them both ways) and marked as keywords, so that no stemmer touches them.
 */
public final class ChemistryCaseFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

  /** The token read ahead to tell "Li, Y." (a name in a reference list) from lithium. */
  private State ahead;

  private boolean exhausted;

  public ChemistryCaseFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (ahead != null) {
      restoreState(ahead);
      ahead = null;
    } else if (exhausted || !input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    if (Formulas.isCaseSensitiveSymbol(term) && !followedByInitial()) {
      keyword.setKeyword(true);
      return true;
    }
    if (isNotation(term)) {
      keyword.setKeyword(true);
    }
    CharacterUtils.toLowerCase(term.buffer(), 0, term.length());
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    ahead = null;
    exhausted = false;
  }

  /**
   * Whether the symbol just read is a family name followed by an initial, as reference lists write
   * "Li, Y." and "Co, J.": the next token is one capital letter, two characters on (", "). That
   * token is kept, to be returned next.
   */
  private boolean followedByInitial() throws IOException {
    State symbol = captureState();
    int end = offset.endOffset();
    if (!input.incrementToken()) {
      exhausted = true;
      restoreState(symbol);
      return false;
    }
    boolean initial =
        term.length() == 1
            && Character.isUpperCase(term.charAt(0))
            && offset.startOffset() == end + 2
            && posInc.getPositionIncrement() == 1;
    ahead = captureState();
    restoreState(symbol);
    return initial;
  }

  static boolean isNotation(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '@' || c == ':' || c == '-') {
        return true;
      }
    }
    return Formulas.isFormula(s);
  }
}
