package org.anodex.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lower-cases words, except where case is the meaning: a two-letter element symbol written as one
 * ("Si", "Co", "Al") keeps its case, so that silicon is not the "si" of ordinary text, cobalt not the
 * "co" of "co-doped", aluminium not the "al" of "et al.". Formulas and notations ({@code LiPF6},
 * {@code Si/C}, {@code PEDOT:PSS}) are lower-cased (they are unambiguous in any case, and users type them
 * both ways) and marked as keywords, so that no stemmer touches them.
 */
public final class ChemistryCaseFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public ChemistryCaseFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    if (Formulas.isCaseSensitiveSymbol(term)) {
      keyword.setKeyword(true);
      return true;
    }
    if (isNotation(term)) {
      keyword.setKeyword(true);
    }
    CharacterUtils.toLowerCase(term.buffer(), 0, term.length());
    return true;
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
