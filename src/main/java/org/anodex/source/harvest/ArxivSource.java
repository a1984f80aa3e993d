package org.anodex.source.harvest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.anodex.paper.Paper;
import org.anodex.paper.PaperMerge;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The arXiv API ({@code GET /api/query?search_query=&start=&max_results=}), an Atom feed: paged by
 * {@code start}, with the three seconds between requests that its manual asks for (the caller's
 * {@link PoliteHttp} interval), to {@code opensearch:totalResults} or the first page without
 * entries. A paper without a journal DOI gets the DOI arXiv registers for every paper ({@code
 * 10.48550/arXiv.ID}).
 */
final class ArxivSource implements HarvestSource {
  static final String NAME = "arxiv";
  static final int PAGE_SIZE = 100;
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String ARXIV = "http://arxiv.org/schemas/atom";
  private static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";
  private final PoliteHttp http;
  private final HarvestQuery query;

  ArxivSource(PoliteHttp http, HarvestQuery query) {
    this.http = http;
    this.query = query;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Page page(String cursor) throws IOException {
    int start = cursor == null ? 0 : Integer.parseInt(cursor);
    String search = "all:" + query.q();
    if (query.since() != null) {
      search =
          "("
              + search
              + ") AND submittedDate:["
              + query.since().replace("-", "")
              + "0000 TO 300012312359]";
    }
    Document feed =
        parse(
            http.get(
                query.uri(
                    "/api/query",
                    HarvestQuery.params(
                        "search_query",
                        search,
                        "start",
                        String.valueOf(start),
                        "max_results",
                        String.valueOf(PAGE_SIZE),
                        "sortBy",
                        "submittedDate",
                        "sortOrder",
                        "descending"))));
    List<Paper> papers = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      String id = arxivId(text(e, ATOM, "id"));
      try {
        papers.add(paper(e, id));
      } catch (IllegalArgumentException ex) {
        skipped.add(
            new Skipped(
                NAME + " " + (id == null ? "entry " + (start + i + 1) : id), ex.getMessage()));
      }
    }
    String totalText = text(feed.getDocumentElement(), OPENSEARCH, "totalResults");
    Long total = totalText == null ? null : Long.parseLong(totalText.strip());
    int after = start + entries.getLength();
    String next =
        entries.getLength() == 0 || (total != null && after >= total)
            ? null
            : String.valueOf(after);
    return new Page(papers, skipped, next, total);
  }

  private static Paper paper(Element e, String id) {
    if (id == null) {
      throw new IllegalArgumentException("no arXiv id");
    }
    String title = text(e, ATOM, "title");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("no title");
    }
    String doi = text(e, ARXIV, "doi");
    Paper.Builder b =
        Paper.builder()
            .doi(doi != null ? doi : PaperMerge.arxivDoi(id))
            .title(title)
            .abstractText(text(e, ATOM, "summary"))
            .date(date(text(e, ATOM, "published")))
            .journal(text(e, ARXIV, "journal_ref"))
            .format(NAME)
            .source(NAME + ":" + id);
    NodeList authors = e.getElementsByTagNameNS(ATOM, "author");
    for (int i = 0; i < authors.getLength(); i++) {
      b.author(text((Element) authors.item(i), ATOM, "name"));
    }
    NodeList links = e.getElementsByTagNameNS(ATOM, "link");
    for (int i = 0; i < links.getLength(); i++) {
      Element l = (Element) links.item(i);
      if ("pdf".equals(l.getAttribute("title"))
          || "application/pdf".equals(l.getAttribute("type"))) {
        b.oaUrl(l.getAttribute("href"));
        break;
      }
    }
    b.sourceId(NAME, id);
    return b.build(NAME + ":" + id);
  }

  /**
   * "http://arxiv.org/abs/2301.01234v2" is 2301.01234, "http://arxiv.org/abs/cond-mat/0102536v1"
   * cond-mat/0102536.
   */
  static String arxivId(String url) {
    if (url == null || !url.contains("/abs/")) {
      return null;
    }
    String id = url.substring(url.indexOf("/abs/") + 5).strip().replaceAll("v\\d+$", "");
    return id.isEmpty() ? null : id;
  }

  private static String date(String timestamp) {
    return timestamp == null || timestamp.length() < 10 ? timestamp : timestamp.substring(0, 10);
  }

  /** The text of the first direct child of {@code scope} with that name, or null. */
  private static String text(Element scope, String ns, String name) {
    for (Node n = scope.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c
          && name.equals(c.getLocalName())
          && ns.equals(c.getNamespaceURI())) {
        String t = c.getTextContent();
        return t == null || t.isBlank() ? null : t.strip().replaceAll("\\s+", " ");
      }
    }
    return null;
  }

  /** An Atom feed, parsed with external entities and DTDs off. */
  private static Document parse(String xml) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new HarvestException(
          "arxiv answered something that is not an Atom feed: " + e.getMessage());
    }
  }
}
