package org.anodex.search;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anodex.index.analysis.CapturedTokens;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * An analyzer that remembers the tokens of the texts it analysed last. Snippets analyse each hit's
 * abstract again to find the query's words in it, and the same papers come up for search after
 * search (each page of a facet walk, each refinement of a query): their tokens are played back, not
 * made again. Texts are matched whole, so a changed text is analysed anew.
 */
final class RememberedAnalysis extends Analyzer {
  /** A text longer than this (a body) is analysed each time and not kept. */
  private static final int MAX_CHARS = 20_000;

  private final Analyzer analyzer;
  private final Map<String, CapturedTokens> remembered;

  /**
   * @param texts how many texts to remember (about 10 kB each for an abstract)
   */
  RememberedAnalysis(Analyzer analyzer, int texts) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.analyzer = analyzer;
    this.remembered =
        java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(texts, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, CapturedTokens> eldest) {
                return size() > texts;
              }
            });
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    return new TokenStreamComponents(new Playback(field));
  }

  private CapturedTokens tokens(String field, String text) throws IOException {
    if (text.length() > MAX_CHARS) {
      return CapturedTokens.of(analyzer.tokenStream(field, text));
    }
    String key = field + '\u0000' + text;
    CapturedTokens known = remembered.get(key);
    if (known == null) {
      known = CapturedTokens.of(analyzer.tokenStream(field, text));
      remembered.put(key, known);
    }
    return known;
  }

  /** Reads the text whole, then plays its tokens back into its own attributes. */
  private final class Playback extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final String field;
    private final StringBuilder text = new StringBuilder();
    private TokenStream tokens;
    private CharTermAttribute fromTerm;
    private PositionIncrementAttribute fromInc;
    private OffsetAttribute fromOffset;

    Playback(String field) {
      this.field = field;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      text.setLength(0);
      char[] buffer = new char[4096];
      for (int n; (n = input.read(buffer)) != -1; ) {
        text.append(buffer, 0, n);
      }
      tokens = tokens(field, text.toString()).replay();
      fromTerm = tokens.addAttribute(CharTermAttribute.class);
      fromInc = tokens.addAttribute(PositionIncrementAttribute.class);
      fromOffset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!tokens.incrementToken()) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(fromTerm.buffer(), 0, fromTerm.length());
      inc.setPositionIncrement(fromInc.getPositionIncrement());
      offset.setOffset(
          correctOffset(fromOffset.startOffset()), correctOffset(fromOffset.endOffset()));
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      tokens.end();
      int end = correctOffset(text.length());
      offset.setOffset(end, end);
    }

    @Override
    public void close() throws IOException {
      super.close();
      if (tokens != null) {
        tokens.close();
        tokens = null;
      }
    }
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return reader; // the analyzer it plays back applies its own character filters
  }
}
