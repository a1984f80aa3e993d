package org.anodex.api.export;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.anodex.paper.Paper;

/** An Atom (RFC 4287) feed of papers, newest first, for following a search in a feed reader. */
public final class AtomFeed {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /**
   * @param self the feed's own URL; {@code base} the server's URL, for links to papers without DOI
   */
  public static String of(String title, String self, String base, List<Paper> papers) {
    try {
      StringWriter s = new StringWriter();
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(s);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      text(x, "id", self);
      text(x, "title", title);
      text(x, "updated", Instant.now().toString());
      link(x, "self", self);
      x.writeStartElement("author");
      text(x, "name", "Anodex");
      x.writeEndElement();
      for (Paper p : papers) {
        x.writeStartElement("entry");
        String url =
            p.doi() != null ? "https://doi.org/" + p.doi() : base + "/api/papers/" + p.id();
        text(x, "id", p.doi() != null ? "doi:" + p.doi() : url);
        text(x, "title", p.title());
        text(x, "updated", updated(p));
        link(x, "alternate", url);
        for (String a : p.authors()) {
          x.writeStartElement("author");
          text(x, "name", a);
          x.writeEndElement();
        }
        if (p.abstractText() != null) {
          text(x, "summary", p.abstractText());
        }
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
      return s.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Atom needs a full timestamp: the paper's date, or its year, at midnight UTC. */
  static String updated(Paper p) {
    String d = p.date() != null ? p.date() : p.year() != null ? p.year().toString() : "1970";
    String[] parts = (d + "-01-01").split("-");
    return parts[0] + "-" + parts[1] + "-" + parts[2].substring(0, 2) + "T00:00:00Z";
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value == null ? "" : value);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
  }
}
