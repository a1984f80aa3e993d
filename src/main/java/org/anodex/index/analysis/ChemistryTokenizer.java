package org.anodex.index.analysis;

import java.io.CharArrayReader;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Words as {@link StandardTokenizer} finds them (Unicode word breaks), except that chemical
 * notation stays whole. The standard rules already keep {@code LiPF6}, {@code Li4Ti5O12} and {@code
 * LiNi0.8Co0.1Mn0.1O2}; on top of them this tokenizer joins, when both sides read as formulas
 * ({@link Formulas}):
 *
 * <ul>
 *   <li>composites and couples written with '/', '@' or '-': {@code Si/C}, {@code Si@SiO2@C},
 *       {@code Si-C}, {@code Li-S} (but not {@code Li-ion} or {@code T-cell});
 *   <li>fractional counts: {@code LiNi1/3Co1/3Mn1/3O2};
 *   <li>subscripts that came apart in PDF and HTML extraction: {@code SiO x}, {@code LiPF 6},
 *       {@code Al 2 O 3}, {@code SiO x /C} become {@code SiOx}, {@code LiPF6}, {@code Al2O3},
 *       {@code SiOx/C};
 *   <li>and drops the underscore of TeX-like subscripts: {@code SiO_x} is {@code SiOx}.
 * </ul>
 *
 * Case is left alone ({@link ChemistryCaseFilter} decides it). The whole field is read into memory,
 * as the joins look across token gaps.
 */
public final class ChemistryTokenizer extends Tokenizer {
  public static final String CHEMISTRY_TYPE = "<CHEM>";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  private final StandardTokenizer words = new StandardTokenizer();
  private final OffsetAttribute wordOffset = words.addAttribute(OffsetAttribute.class);
  private final TypeAttribute wordType = words.addAttribute(TypeAttribute.class);

  private char[] text = new char[4096];
  private int length;
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private String[] types = new String[256];
  private int count;
  private int next;
  private final StringBuilder merged = new StringBuilder();
  private final StringBuilder part = new StringBuilder();

  public ChemistryTokenizer() {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY);
  }

  public ChemistryTokenizer(AttributeFactory factory) {
    super(factory);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    int n;
    while ((n = input.read(text, length, text.length - length)) != -1) {
      length += n;
      if (length == text.length) {
        text = Arrays.copyOf(text, text.length * 2);
      }
    }
    count = 0;
    next = 0;
    words.setReader(new CharArrayReader(text, 0, length));
    words.reset();
    while (words.incrementToken()) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        types = Arrays.copyOf(types, count * 2);
      }
      starts[count] = wordOffset.startOffset();
      ends[count] = wordOffset.endOffset();
      types[count] = wordType.type();
      count++;
    }
    words.end();
    words.close();
  }

  @Override
  public boolean incrementToken() {
    if (next >= count) {
      return false;
    }
    clearAttributes();
    int first = next;
    merged.setLength(0);
    appendWord(merged, first);
    part.setLength(0);
    part.append(merged);
    boolean spacedCounts = false;
    int last = first;
    while (last + 1 < count) {
      int gapStart = ends[last];
      int gapEnd = starts[last + 1];
      String following = word(last + 1);
      char connector = connector(gapStart, gapEnd);
      if (connector != 0 && joinsAcross(part, following, connector)) {
        merged.append(connector);
        part.setLength(0);
        appendWord(part, last + 1);
        merged.append(part);
        spacedCounts = false;
      } else if (isSingleSpace(gapStart, gapEnd)
          && continuesSpacedFormula(last, part, following, spacedCounts)) {
        merged.append(following);
        part.append(following);
        spacedCounts = true;
      } else {
        break;
      }
      last++;
    }
    next = last + 1;
    term.setEmpty().append(merged);
    offset.setOffset(correctOffset(starts[first]), correctOffset(ends[last]));
    posInc.setPositionIncrement(1);
    type.setType(
        last > first || merged.length() != ends[first] - starts[first]
            ? CHEMISTRY_TYPE
            : types[first]);
    return true;
  }

  /**
   * '/', '@' (either may have a space each side, as in "SiO x /C") or '-' alone between two words,
   * else 0.
   */
  private char connector(int from, int to) {
    int a = from;
    int b = to;
    if (b - a == 3 && text[a] == ' ' && text[b - 1] == ' ') {
      a++;
      b--;
    } else if (b - a == 2 && (text[a] == ' ' || text[b - 1] == ' ')) {
      a = text[a] == ' ' ? a + 1 : a;
      b = text[b - 1] == ' ' ? b - 1 : b;
    }
    if (b - a != 1) {
      return 0;
    }
    char c = text[a];
    boolean spaced = to - from > 1;
    return c == '/' || c == '@' || c == '-' && !spaced ? c : 0;
  }

  /**
   * Both sides are chemistry: "Si/C", "Si@C", "Li-S"; or a fraction inside a formula, "Ni1/3Co".
   */
  private static boolean joinsAcross(CharSequence left, String right, char connector) {
    if (Formulas.symbols(left) == 0 || Formulas.symbols(right) == 0) {
      return false;
    }
    boolean fraction =
        connector == '/'
            && Character.isDigit(left.charAt(left.length() - 1))
            && Character.isDigit(right.charAt(0));
    return fraction
        || Character.isUpperCase(left.charAt(0)) && Character.isUpperCase(right.charAt(0));
  }

  /**
   * A formula whose subscripts were set apart by a space: "SiO x", "LiPF 6", "Al 2 O 3", "LiNi 0.8
   * Co 0.1 Mn 0.1 O 2". A lone symbol takes a count only where another symbol and count follow ("Al
   * 2 O 3", not "In 2 h").
   */
  private boolean continuesSpacedFormula(
      int last, CharSequence left, String following, boolean spacedCounts) {
    char end = left.charAt(left.length() - 1);
    if (Formulas.isDetachedCount(following)) {
      if (!Character.isLetter(end) || Formulas.symbols(left) == 0) {
        return false;
      }
      return Formulas.symbols(left) >= 2 || spacedCounts || symbolAndCountFollow(last + 1);
    }
    return spacedCounts
        && Character.isUpperCase(following.charAt(0))
        && Formulas.symbols(following) > 0
        && Character.isLetter(following.charAt(following.length() - 1))
        && countFollows(last + 1);
  }

  private boolean symbolAndCountFollow(int countWord) {
    int symbol = countWord + 1;
    return symbol < count
        && isSingleSpace(ends[countWord], starts[symbol])
        && Formulas.symbols(word(symbol)) > 0
        && Character.isUpperCase(text[starts[symbol]])
        && countFollows(symbol);
  }

  private boolean countFollows(int word) {
    return word + 1 < count
        && isSingleSpace(ends[word], starts[word + 1])
        && Formulas.isDetachedCount(word(word + 1));
  }

  private boolean isSingleSpace(int from, int to) {
    return to - from == 1 && text[from] == ' ';
  }

  private String word(int i) {
    return new String(text, starts[i], ends[i] - starts[i]);
  }

  /** Appends a word, without the underscores of a TeX-like subscript ("SiO_x"). */
  private void appendWord(StringBuilder out, int i) {
    String w = word(i);
    if (w.indexOf('_') > 0) {
      String joined = w.replace("_", "");
      if (Formulas.symbols(joined) > 0) {
        w = joined;
      }
    }
    out.append(w);
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(length);
    offset.setOffset(end, end);
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (text.length > 1 << 16) {
      text = new char[4096]; // a long body should not pin its buffer for the life of the analyzer
      starts = new int[256];
      ends = new int[256];
      types = new String[256];
    }
  }
}
