package org.anodex.solr.plugin;

import org.anodex.search.InvalidRequestException;
import org.anodex.search.RangeFilter;
import org.anodex.search.Ranges;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;

/**
 * {@code {!linked}capacity_retention:80.0..@cycles:500.0..}: a linked range filter (checked by the
 * application before it is sent) as the embedded index queries it, over the points of {@link
 * LinkedPointsField}.
 */
public final class LinkedQParserPlugin extends QParserPlugin {

  @Override
  public QParser createParser(
      String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        try {
          return Ranges.query(RangeFilter.read(qstr));
        } catch (InvalidRequestException | IllegalArgumentException e) {
          throw new SyntaxError(e.getMessage());
        }
      }
    };
  }
}
