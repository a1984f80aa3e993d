package org.anodex.paper;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Clean-up of text as sources deliver it: markup remnants, odd spaces, "ABSTRACT" prefixes. */
public final class Text {
  private static final Pattern TAG =
      Pattern.compile("</?[a-zA-Z][a-zA-Z0-9:_.-]*(?:\\s[^<>]*)?/?>");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}\\u200B\\uFEFF]+");
  private static final Pattern ABSTRACT_LABEL =
      Pattern.compile("^(?i)(?:graphical\\s+)?abstract\\b[\\s.:\\u2014\\u2013-]*");

  /** "TiO 2" in RSC's citation_title: a formula whose subscript was split off by a space. */
  private static final Pattern SPLIT_SUBSCRIPT =
      Pattern.compile(
          "(?<![A-Za-z])((?:[A-Z][a-z]?\\d*){2,}|[A-Z][a-z]?) (\\d{1,2})(?=[\\s,:;)\\-]|$)");

  private static final Pattern LETTERS = Pattern.compile("\\p{L}{2}");

  /**
   * A line that is only a section heading of a paper (IMRaD and its neighbours), maybe numbered.
   */
  private static final Pattern HEADING_LINE =
      Pattern.compile(
          "(?im)^[ \\t]*((?:(?:\\d{1,2}|[IVX]{1,4})\\.?[ \\t]*)?"
              + "(?:abstract|introduction|background|materials and methods|methods|experimental(?: section| details)?"
              + "|results(?: and discussions?)?|discussion|conclusions?|acknowledge?ments?|references))[ \\t]*\\r?$");

  private Text() {}

  /**
   * Collapses every kind of space (thin, no-break, line breaks) to one ASCII space; null when
   * blank.
   */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = SPACES.matcher(ligatures(unescape(stripControls(s)))).replaceAll(" ").strip();
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

  /**
   * Cleans a long text (a body) but keeps its paragraph breaks. A line that is a section heading
   * alone ("Results and discussion", "2. Methods": PDFs give headings so, on a line of their own
   * within a paragraph) stays a paragraph of its own, so that it is not glued to the sentence after
   * it.
   */
  public static String cleanBody(String s) {
    if (s == null) {
      return null;
    }
    s = HEADING_LINE.matcher(s).replaceAll("\n\n$1\n\n");
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

  /**
   * Removes what no reader wants in a title or a CSV cell and what can disguise text: control
   * characters other than tab and line breaks (NUL, ESC, ...), bidirectional overrides and isolates
   * (an RTL override shows "fdp.exe" as "exe.pdf"), noncharacters and lone surrogates. Null stays
   * null.
   */
  public static String stripControls(String s) {
    if (s == null) {
      return null;
    }
    int n = s.length();
    int i = 0;
    while (i < n && !unwanted(s, i)) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(s, 0, i);
    for (; i < n; i++) {
      if (!unwanted(s, i)) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }

  private static boolean unwanted(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    if (c < 0x7F) {
      return false;
    }
    if (c <= 0x9F
        || c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFFFE'
        || c == '\uFFFF') {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
  }

  /**
   * A file name or reason as one visible line: line breaks, other control characters and
   * bidirectional overrides written as escapes (a backslash, then n or u and four hex digits), so
   * that a name cannot forge a line of a summary or hide its real ending.
   */
  public static String printable(String s) {
    if (s == null
        || stripControls(s).equals(s)
            && s.indexOf('\n') < 0
            && s.indexOf('\r') < 0
            && s.indexOf('\t') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (unwanted(s, i)) {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Typographic ligatures from PDFs ("deﬁciency") would not match what a user types. */
  private static String ligatures(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB06') {
        return s.replace("\uFB00", "ff")
            .replace("\uFB01", "fi")
            .replace("\uFB02", "fl")
            .replace("\uFB03", "ffi")
            .replace("\uFB04", "ffl")
            .replace("\uFB05", "st")
            .replace("\uFB06", "st");
      }
    }
    return s;
  }

  /**
   * HTML character references, every named one and numeric ones (jsoup's table; the seven this
   * class knew left "&amp;alpha;", "&amp;#8722;" and "&amp;hellip;" in titles). Read as in an
   * attribute value, so that a bare "&amp;" before letters ("AT&amp;T", "&amp;notation") stays
   * text.
   */
  private static String unescape(String s) {
    return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, true);
  }
}
