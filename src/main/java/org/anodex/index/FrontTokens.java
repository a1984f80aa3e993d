package org.anodex.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.anodex.index.analysis.CapturedTokens;
import org.anodex.index.analysis.DomainAnalysis;
import org.anodex.index.analysis.DomainAnalysis.Stemmer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * A paper's title, abstract and keywords analysed once for the five fields that index them: each
 * alone ({@link Schema#TITLE}, {@link Schema#ABSTRACT}, {@link Schema#KEYWORDS}), all three as
 * {@link Schema#CONTENTS} (KStem) and as {@link Schema#CONTENTS_PORTER} (Porter). The domain chain
 * up to its stemmer runs once per part, each stemmer once; the fields replay the tokens. Analysing
 * each field's text apart ran the chain three times over the same words, most of the cost of
 * indexing an abstract. The tokens are those the fields' analyzers give (tested: {@code
 * FrontTokensTest}): {@link PaperDocuments#contents} joins the parts with line breaks, across which
 * the chain never joins tokens.
 */
final class FrontTokens {
  private static final Analyzer UNSTEMMED = DomainAnalysis.indexingUnstemmed();

  private final List<CapturedTokens> unstemmed = new ArrayList<>();
  private final List<CapturedTokens> kstemmed = new ArrayList<>();

  /** Where each part starts in the contents text: the parts' offsets shifted by it. */
  private final List<Integer> bases = new ArrayList<>();

  /**
   * @param parts the non-blank parts of the contents, in order (title, abstract, keywords)
   */
  FrontTokens(List<String> parts) {
    try {
      int base = 0;
      for (String part : parts) {
        CapturedTokens raw = CapturedTokens.of(UNSTEMMED.tokenStream(Schema.CONTENTS, part));
        unstemmed.add(raw);
        kstemmed.add(CapturedTokens.of(DomainAnalysis.stem(Stemmer.KSTEM, raw.replay())));
        bases.add(base);
        base += part.length() + 1;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a string in memory does not fail
    }
  }

  /** The tokens of one part (0 title, ...), as its own field indexes them. */
  TokenStream part(int i) {
    return kstemmed.get(i).replay();
  }

  /** The tokens of all parts, as {@link Schema#CONTENTS} indexes them. */
  TokenStream contents() {
    return CapturedTokens.replay(kstemmed, bases);
  }

  /** The tokens of all parts, as {@link Schema#CONTENTS_PORTER} indexes them. */
  TokenStream contentsPorter() {
    return DomainAnalysis.stem(Stemmer.PORTER, CapturedTokens.replay(unstemmed, bases));
  }
}
