package org.anodex.search;

import java.io.IOException;
import java.io.StringReader;
import org.anodex.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * "More like this": the most telling words of a paper's title, abstract and keywords, searched for.
 */
final class SimilarPapers {
  private static final String[] FIELDS = {Schema.TITLE, Schema.ABSTRACT, Schema.KEYWORDS};
  private final Analyzer analyzer;

  SimilarPapers(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The query for papers like {@code doc}, the paper itself excluded. */
  Query like(IndexSearcher searcher, int doc, String id) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(FIELDS);
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(30);
    mlt.setBoost(true);
    Document stored = searcher.storedFields().document(doc);
    BooleanQuery.Builder like = new BooleanQuery.Builder();
    for (String field : FIELDS) {
      String text = stored.get(field);
      if (text != null) {
        like.add(mlt.like(field, new StringReader(text)), BooleanClause.Occur.SHOULD);
      }
    }
    like.add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.MUST_NOT);
    return like.build();
  }
}
