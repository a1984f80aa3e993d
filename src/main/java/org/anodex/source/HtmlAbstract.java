package org.anodex.source;

import java.io.IOException;
import java.nio.file.Path;
import org.anodex.paper.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The abstract of an HTML paper where the publisher marks it ({@code <p class="abstract">} at RSC,
 * {@code <div class="abstract">}, {@code <section id="abstract">}, ACS's {@code #abstractBox}): the
 * page's text, once Tika has flattened it, no longer says which paragraph that was, and its
 * description meta tag holds the abstract cut at about 200 characters.
 */
final class HtmlAbstract {
  /**
   * Where publishers mark the abstract, the most specific first (an "Abstract" id may be a menu's).
   */
  private static final java.util.List<String> MARKED =
      java.util.List.of(
          "#abstractBox",
          ".hlFld-Abstract",
          "section#abstract, section.abstract",
          "div.abstract, p.abstract",
          "[class~=(?i)^abstract$]",
          "[id~=(?i)^abstract$]");

  private static final int MIN_LENGTH = 100;

  private HtmlAbstract() {}

  /** The marked abstract's text without its heading, or null where none is marked. */
  static String read(Path html) throws IOException {
    Document doc = Jsoup.parse(html.toFile());
    for (String where : MARKED) {
      for (Element e : doc.select(where)) {
        Element copy = e.clone();
        copy.select("h1, h2, h3, h4, .a_heading, nav, script, style").remove();
        String text = Text.clean(copy.text());
        if (text != null && text.length() >= MIN_LENGTH) {
          return text;
        }
      }
    }
    return null;
  }
}
