package org.anodex.solr.plugin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.anodex.index.Schema;
import org.anodex.search.InvalidRequestException;
import org.anodex.search.QueryTranslator;
import org.anodex.semantic.SemanticQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;

/**
 * {@code {!anodex qf="title^3 abstract^1.5" v=$q}}: Anodex's query syntax parsed on the Solr node by the
 * application's own {@link QueryTranslator}, with the schema's query analysis (the application's
 * analyzers), so that SolrCloud builds exactly the query the embedded index builds. With {@code vector},
 * {@code top} and {@code weight}, the query's meaning joins its words ({@link SemanticQuery}).
 */
public final class AnodexQParserPlugin extends QParserPlugin {

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        Map<String, Float> boosts = boosts(localParams == null ? null : localParams.get("qf"));
        try {
          Query words = new QueryTranslator(req.getSchema().getQueryAnalyzer(), boosts).parse(qstr);
          String vector = localParams == null ? null : localParams.get("vector");
          return vector == null ? words : SemanticQuery.fuse(words, Float.parseFloat(localParams.get("top")),
              Schema.EMBEDDING, vector(vector), Float.parseFloat(localParams.get("weight")));
        } catch (InvalidRequestException e) {
          throw new SyntaxError(e.getMessage());
        }
      }
    };
  }

  private static float[] vector(String csv) {
    String[] parts = csv.split(",");
    float[] v = new float[parts.length];
    for (int i = 0; i < parts.length; i++) {
      v[i] = Float.parseFloat(parts[i]);
    }
    return v;
  }

  /** "title^3 abstract^1.5 body" as field weights; absent: the application's ranking.yaml. */
  static Map<String, Float> boosts(String qf) {
    if (qf == null || qf.isBlank()) {
      return QueryTranslator.defaultBoosts();
    }
    Map<String, Float> out = new LinkedHashMap<>();
    for (String f : qf.strip().split("\\s+")) {
      int caret = f.indexOf('^');
      out.put(caret < 0 ? f : f.substring(0, caret), caret < 0 ? 1f : Float.parseFloat(f.substring(caret + 1)));
    }
    return out;
  }
}
