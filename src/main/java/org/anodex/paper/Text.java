package org.anodex.paper;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Clean-up of text as sources deliver it: markup remnants, odd spaces, "ABSTRACT" prefixes. */
public final class Text {
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9:_.-]*(?:\\s[^<>]*)?/?>");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}\\u200B\\uFEFF]+");
  private static final Pattern ABSTRACT_LABEL =
      Pattern.compile("^(?i)(?:graphical\\s+)?abstract\\b[\\s.:\\u2014\\u2013-]*");
  /** "TiO 2" in RSC's citation_title: a formula whose subscript was split off by a space. */
  private static final Pattern SPLIT_SUBSCRIPT =
      Pattern.compile("(?<![A-Za-z])((?:[A-Z][a-z]?\\d*){2,}|[A-Z][a-z]?) (\\d{1,2})(?=[\\s,:;)\\-]|$)");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}{2}");

  private Text() {}

  /** Collapses every kind of space (thin, no-break, line breaks) to one ASCII space; null when blank. */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = SPACES.matcher(ligatures(unescape(s))).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }

  /** Strips markup (JATS, HTML) from a text fragment and cleans it. */
  public static String stripTags(String s) {
    return s == null ? null : clean(TAG.matcher(s).replaceAll(" ").replace("< ", "<"));
  }

  public static String cleanTitle(String s) {
    String t = stripTags(s);
    if (t == null) {
      return null;
    }
    if (t.endsWith(".") && !t.endsWith("..") && !t.matches(".*\\b(?:al|vs|etc|[A-Z])\\.$")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t.isEmpty() ? null : t;
  }

  /** Joins formulas whose subscripts a publisher's meta tag split off ("TiO 2" becomes "TiO2"). */
  public static String joinSplitSubscripts(String s) {
    return s == null ? null : SPLIT_SUBSCRIPT.matcher(s).replaceAll("$1$2");
  }

  public static String cleanAbstract(String s) {
    String t = stripTags(s);
    if (t == null) {
      return null;
    }
    t = ABSTRACT_LABEL.matcher(t).replaceFirst("");
    return LETTERS.matcher(t).find() ? t : null;
  }

  /** Cleans a long text (a body) but keeps its paragraph breaks. */
  public static String cleanBody(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (String para : s.split("\\n\\s*\\n|\\r\\n\\s*\\r\\n")) {
      String p = clean(para);
      if (p != null) {
        out.append(p).append("\n\n");
      }
    }
    String t = out.toString().strip();
    return t.isEmpty() ? null : t;
  }

  /** Typographic ligatures from PDFs ("deﬁciency") would not match what a user types. */
  private static String ligatures(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB06') {
        return s.replace("\uFB00", "ff").replace("\uFB01", "fi").replace("\uFB02", "fl")
            .replace("\uFB03", "ffi").replace("\uFB04", "ffl").replace("\uFB05", "st").replace("\uFB06", "st");
      }
    }
    return s;
  }

  /**
   * HTML character references, every named one and numeric ones (jsoup's table; the seven this class knew
   * left "&amp;alpha;", "&amp;#8722;" and "&amp;hellip;" in titles). Read as in an attribute value, so that a bare
   * "&amp;" before letters ("AT&amp;T", "&amp;notation") stays text.
   */
  private static String unescape(String s) {
    return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, true);
  }
}
