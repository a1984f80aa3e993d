package org.anodex.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anodex.index.analysis.DomainAnalysis;
import org.anodex.index.analysis.DomainAnalysis.Stemmer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

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

  /**
   * Tokens as the indexer reads them: term, position increment, offsets; and the keyword flag for
   * stemming.
   */
  private static final class Tokens {
    final List<char[]> terms = new ArrayList<>();
    int[] increments = new int[64];
    int[] starts = new int[64];
    int[] ends = new int[64];
    boolean[] keywords = new boolean[64];

    void add(CharTermAttribute term, int increment, int start, int end, boolean keyword) {
      int i = terms.size();
      if (i == increments.length) {
        increments = Arrays.copyOf(increments, i * 2);
        starts = Arrays.copyOf(starts, i * 2);
        ends = Arrays.copyOf(ends, i * 2);
        keywords = Arrays.copyOf(keywords, i * 2);
      }
      terms.add(Arrays.copyOf(term.buffer(), term.length()));
      increments[i] = increment;
      starts[i] = start;
      ends[i] = end;
      keywords[i] = keyword;
    }

    static Tokens of(TokenStream stream) throws IOException {
      Tokens t = new Tokens();
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
      try (stream) {
        stream.reset();
        while (stream.incrementToken()) {
          t.add(
              term,
              inc.getPositionIncrement(),
              offset.startOffset(),
              offset.endOffset(),
              keyword.isKeyword());
        }
        stream.end();
      }
      return t;
    }
  }

  private final List<Tokens> unstemmed = new ArrayList<>();
  private final List<Tokens> kstemmed = new ArrayList<>();

  /** Where each part starts in the contents text: the parts' offsets shifted by it. */
  private final List<Integer> bases = new ArrayList<>();

  /**
   * @param parts the non-blank parts of the contents, in order (title, abstract, keywords)
   */
  FrontTokens(List<String> parts) {
    try {
      int base = 0;
      for (String part : parts) {
        Tokens raw = Tokens.of(UNSTEMMED.tokenStream(Schema.CONTENTS, part));
        unstemmed.add(raw);
        kstemmed.add(
            Tokens.of(DomainAnalysis.stem(Stemmer.KSTEM, new Replay(List.of(raw), List.of(0)))));
        bases.add(base);
        base += part.length() + 1;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a string in memory does not fail
    }
  }

  /** The tokens of one part (0 title, ...), as its own field indexes them. */
  TokenStream part(int i) {
    return new Replay(List.of(kstemmed.get(i)), List.of(0));
  }

  /** The tokens of all parts, as {@link Schema#CONTENTS} indexes them. */
  TokenStream contents() {
    return new Replay(kstemmed, bases);
  }

  /** The tokens of all parts, as {@link Schema#CONTENTS_PORTER} indexes them. */
  TokenStream contentsPorter() {
    return DomainAnalysis.stem(Stemmer.PORTER, new Replay(unstemmed, bases));
  }

  /** Captured tokens played back, one part after another, offsets shifted by each part's start. */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final List<Tokens> parts;
    private final List<Integer> bases;
    private int part;
    private int token;
    private int end;

    Replay(List<Tokens> parts, List<Integer> bases) {
      this.parts = parts;
      this.bases = bases;
    }

    @Override
    public boolean incrementToken() {
      while (part < parts.size() && token == parts.get(part).terms.size()) {
        part++;
        token = 0;
      }
      if (part == parts.size()) {
        return false;
      }
      clearAttributes();
      Tokens t = parts.get(part);
      char[] chars = t.terms.get(token);
      term.copyBuffer(chars, 0, chars.length);
      inc.setPositionIncrement(t.increments[token]);
      int base = bases.get(part);
      offset.setOffset(base + t.starts[token], base + t.ends[token]);
      end = base + t.ends[token];
      keyword.setKeyword(t.keywords[token]);
      token++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(end, end);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      part = 0;
      token = 0;
      end = 0;
    }
  }
}
