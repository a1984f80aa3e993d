package org.anodex.api.export;

import java.io.IOException;
import java.io.Writer;
import org.anodex.paper.Paper;
import org.anodex.paper.Text;

/** BibTeX: an {@code @article} per paper, keyed by the paper's id, LaTeX specials escaped. */
final class BibtexFormat implements ExportFormat {

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
    out.write("@article{" + p.id() + ",\n");
    field(out, "title", p.title());
    field(out, "author", p.authors().isEmpty() ? null : String.join(" and ", p.authors()));
    field(out, "journal", p.journal());
    field(out, "year", p.year() == null ? null : p.year().toString());
    field(out, "doi", p.doi());
    field(out, "keywords", p.keywords().isEmpty() ? null : String.join(", ", p.keywords()));
    field(out, "abstract", p.abstractText());
    out.write("}\n\n");
  }

  private static void field(Writer out, String name, String value) throws IOException {
    if (value != null && !value.isBlank()) {
      out.write("  " + name + " = {" + (name.equals("doi") ? value : escape(value)) + "},\n");
    }
  }

  /** LaTeX specials escaped; braces become parentheses, since BibTeX balances even escaped braces. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (char c : Text.stripControls(s).toCharArray()) { // also of papers indexed before ingest stripped them
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
