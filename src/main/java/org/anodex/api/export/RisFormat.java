package org.anodex.api.export;

import java.io.IOException;
import java.io.Writer;
import org.anodex.paper.Paper;
import org.anodex.paper.Text;

/** RIS: {@code TY - JOUR} ... {@code ER - } per paper, CRLF line endings as the format asks. */
final class RisFormat implements ExportFormat {

  @Override
  public String name() {
    return "ris";
  }

  @Override
  public String mediaType() {
    return "application/x-research-info-systems; charset=utf-8";
  }

  @Override
  public String extension() {
    return "ris";
  }

  @Override
  public void write(Paper p, Writer out) throws IOException {
    tag(out, "TY", "JOUR");
    tag(out, "ID", p.id());
    tag(out, "TI", p.title());
    for (String a : p.authors()) {
      tag(out, "AU", a);
    }
    tag(out, "PY", p.year() == null ? null : p.year().toString());
    tag(out, "DA", p.date());
    tag(out, "JO", p.journal());
    tag(out, "DO", p.doi());
    tag(out, "UR", p.doi() == null ? null : "https://doi.org/" + p.doi());
    for (String k : p.keywords()) {
      tag(out, "KW", k);
    }
    tag(out, "AB", p.abstractText());
    out.write("ER  - \r\n\r\n");
  }

  private static void tag(Writer out, String tag, String value) throws IOException {
    if (value != null && !value.isBlank()) {
      out.write(tag + "  - " + Text.stripControls(value).replaceAll("[\\r\\n]+", " ") + "\r\n");
    }
  }
}
