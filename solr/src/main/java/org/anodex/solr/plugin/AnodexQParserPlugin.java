package org.anodex.solr.plugin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.anodex.index.Schema;
import org.anodex.search.InvalidRequestException;
import org.anodex.search.QueryTranslator;
import org.anodex.semantic.HybridQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;

/**
 * {@code {!anodex qf="title^3 abstract^1.5" v=$q}}: Anodex's query syntax parsed on the Solr node
 * by the application's own {@link QueryTranslator}, with the schema's query analysis (the
 * application's analyzers), so that SolrCloud builds exactly the query the embedded index builds.
 * With {@code cands} (candidates and their scores) and {@code top} (the words' best score), the
 * query's meaning re-ranks its words ({@link HybridQuery}).
 */
public final class AnodexQParserPlugin extends QParserPlugin {

  @Override
  public QParser createParser(
      String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        Map<String, Float> boosts = boosts(localParams == null ? null : localParams.get("qf"));
        try {
          Query words = new QueryTranslator(req.getSchema().getQueryAnalyzer(), boosts).parse(qstr);
          String candidates = localParams == null ? null : localParams.get("cands");
          return candidates == null
              ? words
              : HybridQuery.of(
                  words,
                  Float.parseFloat(localParams.get("top")),
                  Schema.ID,
                  HybridQuery.decode(candidates));
        } catch (InvalidRequestException | IllegalArgumentException e) {
          throw new SyntaxError(e.getMessage());
        }
      }
    };
  }

  /** "title^3 abstract^1.5 body" as field weights; absent: the application's ranking.yaml. */
  static Map<String, Float> boosts(String qf) {
    if (qf == null || qf.isBlank()) {
      return QueryTranslator.defaultBoosts();
    }
    Map<String, Float> out = new LinkedHashMap<>();
    for (String f : qf.strip().split("\\s+")) {
      int caret = f.indexOf('^');
      out.put(
          caret < 0 ? f : f.substring(0, caret),
          caret < 0 ? 1f : Float.parseFloat(f.substring(caret + 1)));
    }
    return out;
  }
}
