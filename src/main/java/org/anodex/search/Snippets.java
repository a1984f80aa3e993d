package org.anodex.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.anodex.index.Schema;
import org.anodex.paper.Paper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets: one or two short passages from the best-matching field (abstract, then
 * body, then title), HTML-escaped, with {@code <mark>} around the matched words and nothing else as
 * markup.
 */
public final class Snippets {
  private static final String[] FIELDS = {Schema.ABSTRACT, Schema.BODY, Schema.TITLE};
  private static final int[] PASSAGES = {2, 2, 1};

  /**
   * Characters of a field that snippets are looked for in: a body's sentences are found up to its
   * last match (and in an index written without offsets the body is analysed again), so ten hits of
   * 200,000 characters each would cost a search tenfold. A match further in gets no snippet (the
   * hit's abstract lead stands instead).
   */
  static final int MAX_CHARS = 50_000;

  private static final int LEAD = 240;

  /**
   * Texts whose tokens are kept for the next snippets of the same papers, in an index written
   * without offsets (which analyses them again): about 20 MB.
   */
  private static final int REMEMBERED_TEXTS = 2048;

  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = new RememberedAnalysis(analyzer, REMEMBERED_TEXTS);
  }

  /**
   * Snippets of {@code docIds} for a rewritten {@code query} (one without fuzzy or wildcard words
   * left); {@code papers} are their papers, whose titles and abstracts are not read again.
   */
  String[] forDocs(IndexSearcher searcher, Query query, int[] docIds, Paper[] papers)
      throws IOException {
    Map<String, Map<Integer, String>> known = new HashMap<>();
    known.put(Schema.ABSTRACT, new HashMap<>());
    known.put(Schema.TITLE, new HashMap<>());
    for (int i = 0; i < docIds.length; i++) {
      known.get(Schema.ABSTRACT).put(docIds[i], papers[i].abstractText());
      known.get(Schema.TITLE).put(docIds[i], papers[i].title());
    }
    // A page's snippets are a large part of a search's work: half of them on an idle core, if
    // there is one.
    int half = docIds.length / 2;
    if (half == 0) {
      return forSomeDocs(searcher, query, docIds, known);
    }
    int[] first = java.util.Arrays.copyOfRange(docIds, 0, half);
    Alongside.Task<String[]> firstHalf =
        Alongside.start(() -> forSomeDocs(searcher, query, first, known));
    String[] rest;
    try {
      rest =
          forSomeDocs(
              searcher, query, java.util.Arrays.copyOfRange(docIds, half, docIds.length), known);
    } finally {
      firstHalf.settle();
    }
    String[] out = java.util.Arrays.copyOf(firstHalf.join(), docIds.length);
    System.arraycopy(rest, 0, out, half, rest.length);
    return out;
  }

  private String[] forSomeDocs(
      IndexSearcher searcher, Query query, int[] docIds, Map<String, Map<Integer, String>> known)
      throws IOException {
    UnifiedHighlighter uh =
        new PageHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(SentencesOnce::new)
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(0),
            MAX_CHARS,
            known);
    // Field by field, each for the hits the fields before it left without a match: the body
    // (re-analysed to find the words) is read only for hits whose abstract does not have them.
    String[] out = new String[docIds.length];
    for (int f = 0; f < FIELDS.length; f++) {
      int[] without =
          java.util.stream.IntStream.range(0, out.length).filter(i -> out[i] == null).toArray();
      if (without.length == 0) {
        break;
      }
      int[] docs = java.util.Arrays.stream(without).map(i -> docIds[i]).toArray();
      String[] found =
          uh.highlightFields(new String[] {FIELDS[f]}, query, docs, new int[] {PASSAGES[f]})
              .get(FIELDS[f]);
      for (int k = 0; k < without.length; k++) {
        if (found[k] != null && found[k].contains("<mark>")) {
          out[without[k]] = escapedAsHtml(found[k].strip());
        }
      }
    }
    return out;
  }

  /**
   * A highlighter's passage escaped as API.md says, and as {@link #lead} escapes: Lucene's HTML
   * encoder also writes {@code /} as {@code &#x2F;} and {@code '} as {@code &#x27;}, which a JSON
   * reader then shows as such. (Text that was "&#x2F;" itself reads "&amp;#x2F;" here and stays
   * so.)
   */
  public static String escapedAsHtml(String passage) {
    return passage.replace("&#x2F;", "/").replace("&#x27;", "&#39;");
  }

  /** The start of a text, escaped, for hits that match no words (a filter-only search). */
  public static String lead(String text) {
    if (text == null) {
      return null;
    }
    String t =
        text.length() <= LEAD
            ? text
            : text.substring(
                    0, text.lastIndexOf(' ', LEAD) > 0 ? text.lastIndexOf(' ', LEAD) : LEAD)
                + " …";
    return t.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
