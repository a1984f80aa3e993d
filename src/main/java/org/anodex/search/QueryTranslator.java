package org.anodex.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.anodex.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Query text in the syntax of API.md to a Lucene query over weighted fields ({@code ranking.yaml}).
 * There is no regex syntax ({@code Si/C} is text), and a colon only names a field when a known field
 * name precedes it ({@code PEDOT:PSS} and {@code a-Si:H} are text).
 */
final class QueryTranslator {
  /** Field names a user may write, and the index fields they search. */
  static final Map<String, String> USER_FIELDS = Map.of(
      "title", Schema.TITLE, "abstract", Schema.ABSTRACT, "author", Schema.AUTHORS, "doi", Schema.DOI,
      "journal", Schema.JOURNAL_TEXT, "keyword", Schema.KEYWORDS, "keywords", Schema.KEYWORDS,
      "body", Schema.BODY);

  private final Analyzer analyzer;
  private final Map<String, Float> boosts;

  QueryTranslator(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.boosts = loadBoosts();
  }

  Query parse(String q) {
    if (q == null || q.isBlank()) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(boosts.keySet().toArray(new String[0]), analyzer, boosts);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(escape(q));
    } catch (ParseException e) {
      throw new InvalidRequestException("Query does not parse", describe(q, e));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException("Query too large", "the query has more than "
          + IndexSearcher.getMaxClauseCount() + " clauses");
    }
  }

  /** Escapes what API.md says is text: slashes, and colons that do not follow a field name. */
  static String escape(String q) {
    StringBuilder out = new StringBuilder(q.length() + 8);
    boolean quoted = false;
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\' && i + 1 < q.length()) {
        out.append(c).append(q.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      if (!quoted && c == '/') {
        out.append("\\/");
      } else if (!quoted && c == ':') {
        int w = out.length();
        while (w > 0 && Character.isLetter(out.charAt(w - 1))) {
          w--;
        }
        String word = out.substring(w).toLowerCase(Locale.ROOT);
        boolean atBoundary = w == 0 || " (+-!\t\n".indexOf(out.charAt(w - 1)) >= 0;
        String field = USER_FIELDS.get(word);
        if (field != null && atBoundary) {
          out.replace(w, out.length(), field).append(':');
        } else {
          out.append("\\:");
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String describe(String q, ParseException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int cut = m.indexOf("Was expecting");
    if (cut > 0) {
      m = m.substring(0, cut).strip();
    }
    m = m.replaceFirst("^Cannot parse '.*?': ", "");
    if (m.contains("<EOF>")) {
      m = "the query ends too early (an unclosed parenthesis or quote, or a field with no term): " + m;
    }
    return "'" + q + "' does not parse: " + m.replace("\n", " ");
  }

  private static Map<String, Float> loadBoosts() {
    try (InputStream in = QueryTranslator.class.getResourceAsStream("/ranking.yaml")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> yaml = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
      @SuppressWarnings("unchecked")
      Map<String, Number> fields = (Map<String, Number>) yaml.get("fields");
      Map<String, Float> out = new LinkedHashMap<>();
      fields.forEach((k, v) -> out.put(k, v.floatValue()));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
