package org.anodex.source;

import java.util.Set;
import org.anodex.paper.Paper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * JATS / NLM articles (PMC, Springer, many others), also when wrapped in a Springer API {@code
 * <response>}.
 */
final class JatsReader {
  private static final Set<String> NOT_BODY = Set.of("ref-list", "fn-group", "ack");

  private JatsReader() {}

  static Paper.Builder read(Document doc) throws UnreadableFileException {
    Element article =
        "article".equals(doc.getDocumentElement().getLocalName())
            ? doc.getDocumentElement()
            : Xml.first(doc, "article");
    if (article == null) {
      throw new UnreadableFileException("JATS file without an <article>");
    }
    Element meta = Xml.child(article, "front", "article-meta");
    Element journalMeta = Xml.child(article, "front", "journal-meta");
    Paper.Builder b = Paper.builder().format("jats");
    for (Element id : Xml.children(meta, "article-id")) {
      String type = Xml.attr(id, "pub-id-type");
      if ("doi".equals(type)) {
        b.doi(Xml.text(id));
      } else if (("pmid".equals(type) || "pmc".equals(type) || "publisher-id".equals(type))) {
        b.key(type + "-" + Xml.text(id));
      }
    }
    b.title(Xml.text(Xml.child(meta, "title-group", "article-title")));
    for (Element contrib : Xml.all(meta, "contrib")) {
      String type = Xml.attr(contrib, "contrib-type");
      if (type != null && !type.equals("author")) {
        continue;
      }
      Element name = Xml.first(contrib, "name");
      if (name != null) {
        String given = Xml.text(Xml.child(name, "given-names"));
        String surname = Xml.text(Xml.child(name, "surname"));
        b.author(((given == null ? "" : given) + " " + (surname == null ? "" : surname)).strip());
      } else {
        Element other = Xml.first(contrib, "string-name");
        b.author(Xml.text(other != null ? other : Xml.first(contrib, "collab")));
      }
    }
    Element pubDate = preferredDate(meta);
    if (pubDate != null) {
      String year = Xml.text(Xml.child(pubDate, "year"));
      String month = Xml.text(Xml.child(pubDate, "month"));
      String day = Xml.text(Xml.child(pubDate, "day"));
      b.date(
          year
              + (month != null && month.matches("\\d{1,2}")
                  ? "-"
                      + pad(month)
                      + (day != null && day.matches("\\d{1,2}") ? "-" + pad(day) : "")
                  : ""));
    }
    Element journalTitle = Xml.first(journalMeta, "journal-title");
    b.journal(Xml.text(journalTitle));
    for (Element abs : Xml.children(meta, "abstract")) {
      String type = Xml.attr(abs, "abstract-type");
      if (type == null || type.equals("summary") || type.equals("author")) {
        b.abstractText(Xml.text(abs, Set.of("title")));
        break;
      }
    }
    for (Element kwd : Xml.all(meta, "kwd")) {
      b.keyword(Xml.text(kwd));
    }
    b.body(Xml.text(Xml.child(article, "body"), NOT_BODY));
    return b;
  }

  private static Element preferredDate(Element meta) {
    Element any = null;
    for (Element d : Xml.children(meta, "pub-date")) {
      String type = d.getAttribute("date-type") + d.getAttribute("pub-type");
      if (type.contains("pub") || type.contains("epub") || type.contains("ppub")) {
        return d;
      }
      if (any == null) {
        any = d;
      }
    }
    return any;
  }

  private static String pad(String s) {
    return s.length() == 1 ? "0" + s : s;
  }
}
