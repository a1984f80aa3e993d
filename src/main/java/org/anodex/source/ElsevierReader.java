package org.anodex.source;

import java.util.Set;
import org.anodex.paper.Paper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Elsevier full-text XML: the ScienceDirect API's {@code full-text-retrieval-response} (metadata in
 * {@code coredata}) and the normalized {@code xocs:doc} files of the OA-STM corpus. The title is
 * taken from {@code ce:title}, whose {@code ce:inf}/{@code ce:sup} markup keeps formulas whole.
 */
final class ElsevierReader {
  private static final Set<String> NOT_TEXT = Set.of("label", "cross-refs", "float-anchor");

  private ElsevierReader() {}

  static Paper.Builder read(Document doc) {
    Paper.Builder b = Paper.builder().format("elsevier-xml");
    b.doi(firstText(doc, "doi"));
    Element head = Xml.first(doc, "head");
    String title = Xml.text(Xml.first(head != null ? head : doc, "title"));
    if (title == null || head == null) {
      String coreTitle = Xml.text(Xml.first(Xml.first(doc, "coredata"), "title"));
      title = coreTitle != null ? coreTitle : title;
    }
    b.title(title);
    for (Element author : Xml.all(head, "author")) {
      String given = Xml.text(Xml.first(author, "given-name"));
      String surname = Xml.text(Xml.first(author, "surname"));
      b.author(((given == null ? "" : given) + " " + (surname == null ? "" : surname)).strip());
    }
    if (b.authors().isEmpty()) {
      for (Element creator : Xml.all(Xml.first(doc, "coredata"), "creator")) {
        String name = Xml.text(creator);
        int comma = name == null ? -1 : name.indexOf(',');
        b.author(
            comma > 0 ? name.substring(comma + 1).strip() + " " + name.substring(0, comma) : name);
      }
    }
    b.journal(firstText(doc, "publicationName", "srctitle"));
    b.date(firstText(doc, "coverDate", "cover-date-start"));
    if (b.date() == null) {
      b.year(org.anodex.paper.Dates.yearOf(firstText(doc, "cover-date-year")));
    }
    for (Element abs : Xml.all(doc, "abstract")) {
      String cls = Xml.attr(abs, "class");
      if (cls == null || cls.equals("author")) {
        b.abstractText(Xml.text(abs, Set.of("section-title", "label")));
        break;
      }
    }
    if (b.abstractText() == null) {
      b.abstractText(Xml.text(Xml.first(Xml.first(doc, "coredata"), "description")));
    }
    for (Element kw : Xml.all(doc, "keyword")) {
      b.keyword(Xml.text(kw));
    }
    if (Xml.first(doc, "keyword") == null) {
      for (Element s : Xml.all(Xml.first(doc, "coredata"), "subject")) {
        b.keyword(Xml.text(s));
      }
    }
    Element sections = Xml.first(doc, "sections");
    b.body(Xml.text(sections != null ? sections : Xml.first(doc, "body"), NOT_TEXT));
    return b;
  }

  private static String firstText(Document doc, String... localNames) {
    for (String name : localNames) {
      String v = Xml.text(Xml.first(doc, name));
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
