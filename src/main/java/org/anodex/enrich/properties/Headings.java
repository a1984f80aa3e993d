package org.anodex.enrich.properties;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section headings in a text ({@code sections} of {@code properties.yaml}): a sentence that is a
 * heading, or that starts with one glued to it ("Results and discussion The cross-linked ..."),
 * names the section of what follows; the glued heading is no part of the sentence.
 */
final class Headings {
  /**
   * The section a heading names ({@code null} for one that ends the known sections) and where the
   * text after it starts.
   */
  record Heading(String section, int textStart) {}

  private Headings() {}

  /** The heading at the start of sentence [from, to), or null when it starts with none. */
  static Heading at(Rules rules, String t, int from, int to) {
    for (Map.Entry<String, Pattern[]> e : rules.headings.entrySet()) {
      String section = PropertyConfig.NONE.equals(e.getKey()) ? null : e.getKey();
      if (e.getValue()[0].matcher(t).region(from, to).matches()) {
        return new Heading(section, to);
      }
      Matcher glued = e.getValue()[1].matcher(t).region(from, to);
      if (glued.lookingAt()) {
        return new Heading(section, glued.end());
      }
    }
    return null;
  }
}
