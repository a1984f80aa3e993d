package org.anodex.search;

import java.io.IOException;
import java.util.Map;
import org.anodex.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets: one or two short passages from the best-matching field (abstract, then body,
 * then title), HTML-escaped, with {@code <mark>} around the matched words and nothing else as markup.
 */
public final class Snippets {
  private static final String[] FIELDS = {Schema.ABSTRACT, Schema.BODY, Schema.TITLE};
  private static final int LEAD = 240;
  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  String[] forDocs(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    UnifiedHighlighter uh = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(200_000)
        .withHighlightPhrasesStrictly(true)
        .build();
    // Rewritten first: a wildcard or fuzzy word becomes the words of the index it stands for (as many as
    // QueryLimits allows), which the highlighter looks up, instead of an automaton it runs over every text.
    Map<String, String[]> byField = uh.highlightFields(FIELDS, searcher.rewrite(query), docIds, new int[] {2, 2, 1});
    String[] out = new String[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      for (String f : FIELDS) {
        String s = byField.get(f)[i];
        if (s != null && s.contains("<mark>")) {
          out[i] = escapedAsHtml(s.strip());
          break;
        }
      }
    }
    return out;
  }

  /**
   * A highlighter's passage escaped as API.md says, and as {@link #lead} escapes: Lucene's HTML encoder also
   * writes {@code /} as {@code &#x2F;} and {@code '} as {@code &#x27;}, which a JSON reader then shows as
   * such. (Text that was "&#x2F;" itself reads "&amp;#x2F;" here and stays so.)
   */
  public static String escapedAsHtml(String passage) {
    return passage.replace("&#x2F;", "/").replace("&#x27;", "&#39;");
  }

  /** The start of a text, escaped, for hits that match no words (a filter-only search). */
  public static String lead(String text) {
    if (text == null) {
      return null;
    }
    String t = text.length() <= LEAD ? text : text.substring(0, text.lastIndexOf(' ', LEAD) > 0 ? text.lastIndexOf(' ', LEAD) : LEAD) + " …";
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
