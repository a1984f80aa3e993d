package org.anodex.index.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of an analysed text as the indexer reads them (term, position increment, offsets, and
 * the keyword flag for stemming), kept to be played back: a text analysed once serves several
 * fields, or several highlights.
 */
public final class CapturedTokens {
  private final List<char[]> terms = new ArrayList<>();
  private int[] increments = new int[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private boolean[] keywords = new boolean[64];

  private CapturedTokens() {}

  /** Every token of {@code stream}, which is consumed and closed. */
  public static CapturedTokens of(TokenStream stream) throws IOException {
    CapturedTokens t = new CapturedTokens();
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

  private void add(CharTermAttribute term, int increment, int start, int end, boolean keyword) {
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

  /** The tokens of {@code parts} one after another, offsets shifted by each part's start. */
  public static TokenStream replay(List<CapturedTokens> parts, List<Integer> bases) {
    return new Replay(parts, bases);
  }

  /** The tokens played back as they were. */
  public TokenStream replay() {
    return new Replay(List.of(this), List.of(0));
  }

  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final List<CapturedTokens> parts;
    private final List<Integer> bases;
    private int part;
    private int token;
    private int end;

    Replay(List<CapturedTokens> parts, List<Integer> bases) {
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
      CapturedTokens t = parts.get(part);
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
