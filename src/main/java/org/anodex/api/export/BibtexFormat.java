package org.anodex.api.export;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.anodex.paper.Paper;
import org.anodex.paper.Text;

/**
 * BibTeX: an {@code @article} per paper, LaTeX specials escaped, keyed as reference managers key
 * them ({@code Hartmann2024crosslinked}: first author's family name, year, first significant title
 * word), unique within the export (a second {@code Hartmann2024crosslinked} is {@code
 * Hartmann2024crosslinkeda}).
 */
final class BibtexFormat implements ExportFormat {
  /** Title words a key skips: articles, prepositions, conjunctions. */
  private static final Set<String> INSIGNIFICANT =
      Set.of(
          "a", "an", "the", "on", "of", "in", "for", "and", "or", "to", "with", "by", "from", "at",
          "as", "via", "toward", "towards", "into", "is", "are", "do", "does", "how", "what", "why",
          "when", "new");

  /** Keys given in this export (a format is made per export). */
  private final Set<String> used = new HashSet<>();

  @Override
  public String name() {
    return "bibtex";
  }

  @Override
  public String mediaType() {
    return "application/x-bibtex; charset=utf-8";
  }

  @Override
  public String extension() {
    return "bib";
  }

  @Override
  public void write(Paper p, Writer out) throws IOException {
    out.write("@article{" + uniqueKey(p) + ",\n");
    field(out, "title", p.title());
    field(out, "author", p.authors().isEmpty() ? null : String.join(" and ", p.authors()));
    field(out, "journal", p.journal());
    field(out, "year", p.year() == null ? null : p.year().toString());
    field(out, "doi", p.doi());
    field(out, "keywords", p.keywords().isEmpty() ? null : String.join(", ", p.keywords()));
    field(out, "abstract", p.abstractText());
    out.write("}\n\n");
  }

  private String uniqueKey(Paper p) {
    String base = key(p);
    String key = base;
    for (int n = 0; !used.add(key); n++) {
      key = base + suffix(n);
    }
    return key;
  }

  /** a, b, ..., z, aa, ab, ... */
  private static String suffix(int n) {
    return (n >= 26 ? suffix(n / 26 - 1) : "") + (char) ('a' + n % 26);
  }

  /** The key a reference manager would give: family name, year, first significant title word. */
  static String key(Paper p) {
    String family = p.authors().isEmpty() ? "" : familyName(p.authors().get(0));
    String word = "";
    for (String w : (p.title() == null ? "" : p.title()).split("[\\s\u2013\u2014/]+")) {
      String letters = ascii(w).toLowerCase(Locale.ROOT);
      if (!letters.isEmpty() && !INSIGNIFICANT.contains(letters)) {
        word = letters;
        break;
      }
    }
    String key = family + (p.year() == null ? "" : p.year().toString()) + word;
    return family.isEmpty() && word.isEmpty() ? p.id().replaceAll("[^A-Za-z0-9._-]", "") : key;
  }

  /**
   * "Hartmann, Lena" and "Lena Hartmann" are Hartmann; accents and anything but letters dropped.
   */
  private static String familyName(String author) {
    String a = author.strip();
    int comma = a.indexOf(',');
    String family = comma > 0 ? a.substring(0, comma) : a.substring(a.lastIndexOf(' ') + 1);
    return ascii(family);
  }

  private static String ascii(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
  }

  private static void field(Writer out, String name, String value) throws IOException {
    if (value != null && !value.isBlank()) {
      out.write("  " + name + " = {" + (name.equals("doi") ? value : escape(value)) + "},\n");
    }
  }

  /**
   * LaTeX specials escaped; braces become parentheses, since BibTeX balances even escaped braces.
   */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (char c :
        Text.stripControls(s).toCharArray()) { // also of papers indexed before ingest stripped them
      switch (c) {
        case '\\' -> b.append("\\textbackslash{}");
        case '{' -> b.append('(');
        case '}' -> b.append(')');
        case '&', '%', '$', '#', '_' -> b.append('\\').append(c);
        case '~' -> b.append("\\textasciitilde{}");
        case '^' -> b.append("\\textasciicircum{}");
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
