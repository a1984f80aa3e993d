package org.anodex.search;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.index.MinimumMatch;
import org.anodex.index.Ranking;
import org.anodex.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Query text in the syntax of API.md to a Lucene query over weighted fields ({@link Ranking}).
 * There is no regex syntax ({@code Si/C} is text), and a colon only names a field when a known
 * field name precedes it ({@code PEDOT:PSS} and {@code a-Si:H} are text). A query that does not
 * parse, or that would expand past the limits of {@link QueryLimits}, is refused with where and
 * why.
 */
public final class QueryTranslator {
  /** Field names a user may write, and the index fields they search. */
  static final Map<String, String> USER_FIELDS =
      Map.of(
          "title",
          Schema.TITLE,
          "abstract",
          Schema.ABSTRACT,
          "author",
          Schema.AUTHORS,
          "doi",
          Schema.DOI,
          "journal",
          Schema.JOURNAL_TEXT,
          "keyword",
          Schema.KEYWORDS,
          "keywords",
          Schema.KEYWORDS,
          "body",
          Schema.BODY,
          "id",
          Schema.ID);

  private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

  /** A clause and what it applies to: a quoted phrase, a group, or a word. */
  private static final String CLAUSE = "(\"[^\"]*\"?|\\([^)]*\\)?|\\S+)";

  private static final String FIELD = "(?i:" + String.join("|", USER_FIELDS.keySet()) + "):";
  private static final Pattern FIELDED_OR_EXCLUDED =
      Pattern.compile(
          "(?:(?<!\\S)[-!]|\\bNOT\\s+)(?:" + FIELD + ")?" + CLAUSE + "|(?<!\\w)" + FIELD + CLAUSE);
  private static final Pattern SYNTAX =
      Pattern.compile("\\b(?:AND|OR|NOT)\\b|(?<!\\S)[+]|[\"()~^*?\\\\]|(?<=\\s|^)&&|\\|\\|");

  private final Analyzer analyzer;
  private final Map<String, Float> boosts;
  private final MinimumMatch match;

  public QueryTranslator(Analyzer analyzer) {
    this(analyzer, Ranking.defaults().fields());
  }

  public QueryTranslator(Analyzer analyzer, Map<String, Float> boosts) {
    this(analyzer, boosts, Ranking.defaults().match());
  }

  /**
   * @param match how many of a run of plain words a paper must contain ({@code ranking.yaml})
   */
  public QueryTranslator(Analyzer analyzer, Map<String, Float> boosts, MinimumMatch match) {
    this.analyzer = analyzer;
    this.boosts =
        java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(boosts)); // field order: clause order
    this.match = match;
  }

  /** The weights of the fields a plain query searches ({@code ranking.yaml}). */
  public static Map<String, Float> defaultBoosts() {
    return Ranking.defaults().fields();
  }

  public Query parse(String q) {
    if (q == null || q.isBlank()) {
      return new MatchAllDocsQuery();
    }
    QueryLimits.checkLength(q);
    Escaped escaped = escape(q);
    MultiFieldQueryParser parser =
        new WordsParser(boosts.keySet().toArray(new String[0]), analyzer, boosts, match);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    parser.setAllowLeadingWildcard(false);
    // Words are analysed together, so that a multi-word synonym ("fluoroethylene carbonate" for
    // FEC) and a spaced formula ("SiO x") are seen whole; a multi-word alternative is searched as a
    // phrase.
    parser.setSplitOnWhitespace(false);
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    parser.setMultiTermRewriteMethod(
        MultiTermQuery.SCORING_BOOLEAN_REWRITE); // counts clauses: bounded
    parser.setFuzzyMinSim(QueryLimits.MAX_EDITS);
    Query query;
    try {
      query = parser.parse(escaped.text());
    } catch (ParseException e) {
      if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
        throw QueryLimits.tooManyClauses();
      }
      throw new InvalidRequestException("Query does not parse", describe(q, escaped, e));
    }
    java.util.Set<String> expanding =
        new java.util.HashSet<>(); // a word is expanded in each field: counted once
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTermsMatching(
              Query query,
              String field,
              java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton>
                  automaton) {
            QueryLimits.checkMultiTerm(query);
            expanding.add(query.toString(field));
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void consumeTerms(Query query, Term... terms) {}
        });
    QueryLimits.checkExpandingWords(expanding);
    return query;
  }

  /**
   * The classic parser, with a minimum number of words that a run of plain words must match. The
   * parser hands such a run ({@code silicon anode}) over whole and builds one clause per word, each
   * over every field (a multi-word synonym is one word here); the minimum applies to these clauses.
   * Quoted phrases and explicit operators ({@code silicon OR anode}) keep their meaning.
   */
  private static final class WordsParser extends MultiFieldQueryParser {
    private final MinimumMatch match;

    WordsParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts, MinimumMatch match) {
      super(fields, analyzer, boosts);
      this.match = match;
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
      Query query = super.getFieldQuery(field, text, quoted);
      if (quoted || !(query instanceof BooleanQuery all) || all.getMinimumNumberShouldMatch() > 0) {
        return query;
      }
      // One field's analysis counts the words; across fields the parser groups clauses word by word
      // only when every field has as many (it does: one chain of words), so a mismatch keeps the
      // query as it is.
      Query oneField = field != null ? query : super.getFieldQuery(fields[0], text, false);
      int words = oneField instanceof BooleanQuery b ? b.clauses().size() : 1;
      boolean wordByWord =
          words > 1
              && all.clauses().size() == words
              && all.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
      if (!wordByWord) {
        return query;
      }
      BooleanQuery.Builder b =
          new BooleanQuery.Builder().setMinimumNumberShouldMatch(match.of(words));
      all.clauses().forEach(b::add);
      return b.build();
    }

    /**
     * A fuzzy word stands for at most {@link QueryLimits#MAX_FUZZY_EXPANSIONS} index words of a
     * field.
     */
    @Override
    protected Query newFuzzyQuery(Term term, float edits, int prefixLength) {
      int n = FuzzyQuery.floatToEdits(edits, term.text().codePointCount(0, term.text().length()));
      return new FuzzyQuery(term, n, prefixLength, QueryLimits.MAX_FUZZY_EXPANSIONS, true);
    }

    /**
     * Keeps a run of words with its minimum whole (the parser would spread its clauses among the
     * others).
     */
    @Override
    protected void addMultiTermClauses(java.util.List<BooleanClause> clauses, Query q) {
      if (q instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() > 1) {
        clauses.add(newBooleanClause(q, BooleanClause.Occur.SHOULD));
      } else {
        super.addMultiTermClauses(clauses, q);
      }
    }
  }

  /**
   * What a query means in plain words: its text without fielded clauses ({@code title:…}), excluded
   * ones ({@code -word}, {@code NOT word}) and operators; empty when nothing is left ({@code
   * title:silicon}).
   */
  public static String plainWords(String q) {
    if (q == null) {
      return "";
    }
    String words = SYNTAX.matcher(FIELDED_OR_EXCLUDED.matcher(q).replaceAll(" ")).replaceAll(" ");
    return words.replaceAll("\\s+", " ").strip();
  }

  /**
   * The query text with API.md's plain-text characters escaped, and where each character came from.
   */
  record Escaped(String text, int[] origin) {
    /** The 1-based position in the user's query of a 0-based column of the escaped text. */
    int originalPosition(int column, int queryLength) {
      return column >= origin.length ? queryLength + 1 : origin[Math.max(0, column)] + 1;
    }
  }

  /** Escapes what API.md says is text: slashes, and colons that do not follow a field name. */
  static Escaped escape(String q) {
    StringBuilder out = new StringBuilder(q.length() + 8);
    java.util.List<Integer> origin = new java.util.ArrayList<>();
    boolean quoted = false;
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\' && i + 1 < q.length()) {
        append(out, origin, c, i);
        append(out, origin, q.charAt(++i), i);
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      if (!quoted && (c == '/' || c == ':' && !followsField(out))) {
        append(out, origin, '\\', i);
        append(out, origin, c, i);
      } else if (!quoted && c == ':') {
        int w = out.length();
        while (w > 0 && Character.isLetter(out.charAt(w - 1))) {
          w--;
        }
        String field = USER_FIELDS.get(out.substring(w).toLowerCase(Locale.ROOT));
        int start = origin.get(w);
        out.setLength(w);
        origin.subList(w, origin.size()).clear();
        for (int k = 0; k < field.length(); k++) {
          append(out, origin, field.charAt(k), start + Math.min(k, i - start - 1));
        }
        append(out, origin, ':', i);
      } else {
        append(out, origin, c, i);
      }
    }
    return new Escaped(out.toString(), origin.stream().mapToInt(Integer::intValue).toArray());
  }

  private static void append(StringBuilder out, java.util.List<Integer> origin, char c, int from) {
    out.append(c);
    origin.add(from);
  }

  private static boolean followsField(StringBuilder out) {
    int w = out.length();
    while (w > 0 && Character.isLetter(out.charAt(w - 1))) {
      w--;
    }
    boolean atBoundary = w == 0 || " (+-!\t\n".indexOf(out.charAt(w - 1)) >= 0;
    return atBoundary
        && w < out.length()
        && USER_FIELDS.containsKey(out.substring(w).toLowerCase(Locale.ROOT));
  }

  /** "'title:(' does not parse at position 8: the query ends before ..." */
  private static String describe(String q, Escaped escaped, ParseException wrapped) {
    Throwable cause = wrapped.getCause() != null ? wrapped.getCause() : wrapped;
    String what;
    int column = -1;
    if (cause instanceof ParseException pe && pe.currentToken != null) {
      Token bad = pe.currentToken.next != null ? pe.currentToken.next : pe.currentToken;
      column = bad.kind == 0 ? Integer.MAX_VALUE : bad.beginColumn;
      what =
          bad.kind == 0
              ? "the query ends too early: an unclosed parenthesis, or a field or operator with no term after it"
              : "unexpected '" + bad.image + "'";
    } else if (cause instanceof TokenMgrError) {
      Matcher m = LEXICAL_COLUMN.matcher(cause.getMessage());
      column =
          !m.find()
              ? -1
              : cause.getMessage().contains("<EOF>")
                  ? Integer.MAX_VALUE
                  : Integer.parseInt(m.group(1));
      what =
          cause.getMessage().contains("<EOF>")
              ? "a quote or escape is not closed"
              : "a character cannot be read here";
    } else {
      String m =
          cause.getMessage() == null
              ? ""
              : cause.getMessage().replaceFirst("^Cannot parse '.*?': ", "");
      what = m.lines().findFirst().orElse(m);
    }
    String where =
        column >= 0 ? " at position " + escaped.originalPosition(column, q.length()) : "";
    return "'" + q + "' does not parse" + where + ": " + what;
  }
}
