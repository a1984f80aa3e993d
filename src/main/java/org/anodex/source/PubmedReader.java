package org.anodex.source;

import java.util.ArrayList;
import java.util.List;
import org.anodex.paper.Paper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * PubMed XML ({@code PubmedArticleSet}): one paper per {@code PubmedArticle}, the PMID its record
 * key.
 */
final class PubmedReader {
  private PubmedReader() {}

  static List<Paper.Builder> read(Document doc) {
    List<Paper.Builder> out = new ArrayList<>();
    for (Element entry : Xml.all(doc, "PubmedArticle")) {
      Element citation = Xml.child(entry, "MedlineCitation");
      Element article = Xml.child(citation, "Article");
      Paper.Builder b = Paper.builder().format("pubmed");
      String pmid = Xml.text(Xml.child(citation, "PMID"));
      b.key(pmid == null ? null : "pmid-" + pmid);
      b.title(Xml.text(Xml.child(article, "ArticleTitle")));
      StringBuilder abs = new StringBuilder();
      for (Element part : Xml.all(Xml.child(article, "Abstract"), "AbstractText")) {
        String label = Xml.attr(part, "Label");
        abs.append(label == null ? "" : label + ": ").append(Xml.text(part)).append(' ');
      }
      b.abstractText(abs.toString());
      for (Element author : Xml.all(Xml.child(article, "AuthorList"), "Author")) {
        String collective = Xml.text(Xml.child(author, "CollectiveName"));
        String fore = Xml.text(Xml.child(author, "ForeName"));
        String last = Xml.text(Xml.child(author, "LastName"));
        b.author(
            collective != null
                ? collective
                : ((fore == null ? "" : fore) + " " + (last == null ? "" : last)).strip());
      }
      b.journal(Xml.text(Xml.child(article, "Journal", "Title")));
      Element pubDate = Xml.child(article, "Journal", "JournalIssue", "PubDate");
      String year = Xml.text(Xml.child(pubDate, "Year"));
      b.date(year != null ? year : Xml.text(Xml.child(pubDate, "MedlineDate")));
      for (Element loc : Xml.children(article, "ELocationID")) {
        if ("doi".equals(Xml.attr(loc, "EIdType"))) {
          b.doi(Xml.text(loc));
        }
      }
      if (b.doi() == null) {
        for (Element id : Xml.all(Xml.child(entry, "PubmedData"), "ArticleId")) {
          if ("doi".equals(Xml.attr(id, "IdType"))) {
            b.doi(Xml.text(id));
          }
        }
      }
      for (Element kw : Xml.all(citation, "Keyword")) {
        b.keyword(Xml.text(kw));
      }
      out.add(b);
    }
    return out;
  }
}
