package org.anodex.source;

import java.io.IOException;
import java.util.List;
import org.anodex.paper.Paper;
import org.w3c.dom.Document;

/** Publisher XML whose structure names the parts of a paper: JATS, Elsevier, PubMed. */
public final class XmlArticleSource implements PaperSource {

  /** The XML dialects this source reads, told apart by their root element. */
  public enum Dialect {
    JATS,
    ELSEVIER,
    PUBMED
  }

  private final Dialect dialect;

  public XmlArticleSource(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The dialect of a document whose root element is {@code root} (local name), or null. */
  public static Dialect dialectOf(String root, String head) {
    String local = root.contains(":") ? root.substring(root.indexOf(':') + 1) : root;
    return switch (local) {
      case "article" -> root.startsWith("ja:") ? Dialect.ELSEVIER : Dialect.JATS;
      case "response", "records" -> head.contains("<article") ? Dialect.JATS : null;
      case "full-text-retrieval-response", "converted-article", "simple-article" ->
          Dialect.ELSEVIER;
      case "doc" -> root.startsWith("xocs:") ? Dialect.ELSEVIER : null;
      case "PubmedArticleSet", "PubmedArticle" -> Dialect.PUBMED;
      default -> null;
    };
  }

  @Override
  public void read(SourceFile file, PaperSink sink) throws IOException {
    Document doc = Xml.parse(file.path());
    List<Paper.Builder> papers =
        switch (dialect) {
          case JATS -> List.of(JatsReader.read(doc));
          case ELSEVIER -> List.of(ElsevierReader.read(doc));
          case PUBMED -> PubmedReader.read(doc);
        };
    if (papers.isEmpty()) {
      throw new UnreadableFileException("no articles in the file");
    }
    int position = 0;
    for (Paper.Builder b : papers) {
      position++;
      String where = papers.size() == 1 ? file.name() : file.name() + "#" + position;
      if (b.title() == null) {
        sink.reject(where, "article has no title");
        continue;
      }
      sink.accept(b.source(where).build(file.positionKey(position)));
    }
  }
}
