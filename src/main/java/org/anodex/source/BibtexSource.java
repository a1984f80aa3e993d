package org.anodex.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anodex.paper.Dois;
import org.anodex.paper.Paper;

/**
 * BibTeX files: every {@code @article}, {@code @book}, {@code @misc}, ... entry becomes a paper,
 * its citation key the record key. {@code @string} macros and {@code #} concatenation are expanded,
 * LaTeX is decoded ({@link Latex}), a DOI is taken from {@code doi} or from a doi.org {@code url}.
 * An entry that does not parse is rejected with its line, and reading resumes at the next entry.
 */
public final class BibtexSource implements PaperSource {

  @Override
  public void read(SourceFile file, PaperSink sink) throws IOException {
    String text = TextFiles.read(file.path());
    BibtexParser parser = new BibtexParser(text);
    int position = 0;
    int found = 0;
    for (BibtexParser.Entry e = parser.next(sink, file.name());
        e != null;
        e = parser.next(sink, file.name())) {
      found++;
      position++;
      Paper.Builder b =
          Paper.builder().format("bibtex").source(file.name() + ":" + e.line()).key(e.key());
      Map<String, String> f = e.fields();
      b.title(Latex.decode(f.get("title")));
      for (String author : splitAuthors(f.getOrDefault("author", f.get("editor")))) {
        b.author(author);
      }
      b.journal(
          Latex.decode(first(f, "journal", "journaltitle", "booktitle", "school", "institution")));
      String date = f.get("date");
      b.date(date);
      b.year(org.anodex.paper.Dates.yearOf(f.getOrDefault("year", date)));
      b.abstractText(Latex.decode(f.get("abstract")));
      String doi = Dois.normalize(f.get("doi"));
      if (doi == null) {
        doi = Dois.normalize(f.get("url"));
      }
      b.doi(doi);
      String keywords = Latex.decode(f.get("keywords"));
      if (keywords != null) {
        for (String k : keywords.split("[,;]")) {
          b.keyword(k);
        }
      }
      if (b.title() == null) {
        sink.reject(file.name() + ":" + e.line(), "entry '" + e.key() + "' has no title");
        continue;
      }
      sink.accept(b.build(file.positionKey(position)));
    }
    if (found == 0 && parser.rejected() == 0) {
      throw new UnreadableFileException("no BibTeX entries");
    }
  }

  private static String first(Map<String, String> f, String... keys) {
    for (String k : keys) {
      String v = f.get(k);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  /** "Last, First and Other, Name and others": split at top-level "and", names as "First Last". */
  static List<String> splitAuthors(String raw) {
    List<String> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    String lower = raw.toLowerCase(Locale.ROOT);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (depth == 0
          && Character.isWhitespace(c)
          && lower.startsWith("and", i + 1)
          && i + 4 < raw.length()
          && Character.isWhitespace(raw.charAt(i + 4))) {
        parts.add(raw.substring(start, i));
        start = i + 4;
        i += 3;
      }
    }
    parts.add(raw.substring(start));
    for (String p : parts) {
      String name = p.strip();
      if (name.isEmpty() || name.equalsIgnoreCase("others")) {
        continue;
      }
      List<String> pieces = splitTopLevel(name, ',');
      if (pieces.size() == 2) {
        name = pieces.get(1).strip() + " " + pieces.get(0).strip();
      } else if (pieces.size() == 3) {
        name = pieces.get(2).strip() + " " + pieces.get(0).strip() + " " + pieces.get(1).strip();
      }
      String decoded = Latex.decode(name);
      if (decoded != null && !decoded.isBlank()) {
        out.add(decoded);
      }
    }
    return out;
  }

  private static List<String> splitTopLevel(String s, char sep) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == sep && depth == 0) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  /** A forgiving BibTeX reader: entries one at a time, raw field values (LaTeX still in them). */
  static final class BibtexParser {
    record Entry(String type, String key, Map<String, String> fields, int line) {}

    private static final Map<String, String> MONTHS =
        Map.ofEntries(
            Map.entry("jan", "January"),
            Map.entry("feb", "February"),
            Map.entry("mar", "March"),
            Map.entry("apr", "April"),
            Map.entry("may", "May"),
            Map.entry("jun", "June"),
            Map.entry("jul", "July"),
            Map.entry("aug", "August"),
            Map.entry("sep", "September"),
            Map.entry("oct", "October"),
            Map.entry("nov", "November"),
            Map.entry("dec", "December"));

    private final String s;

    /**
     * The longest value, macros expanded. Nested {@code @string} macros grow exponentially (650
     * bytes expand to 10^9 characters); a value past this fails its entry instead of the heap.
     */
    static final int MAX_VALUE_CHARS = 1_000_000;

    private final Map<String, String> macros = new LinkedHashMap<>(MONTHS);
    private int pos;
    private int rejected;
    private int lineAt;
    private int lineCount = 1;

    BibtexParser(String s) {
      this.s = s;
    }

    int rejected() {
      return rejected;
    }

    Entry next(PaperSink sink, String fileName) {
      while (true) {
        int at = s.indexOf('@', pos);
        if (at < 0) {
          return null;
        }
        pos = at + 1;
        int line = lineOf(at);
        try {
          String type = ident().toLowerCase(Locale.ROOT);
          skipSpace();
          char open = s.charAt(pos);
          if (open != '{' && open != '(') {
            continue; // an '@' in a comment between entries
          }
          char close = open == '{' ? '}' : ')';
          pos++;
          switch (type) {
            case "comment", "preamble" -> skipBalanced(open, close);
            case "string" -> {
              skipSpace();
              String name = ident().toLowerCase(Locale.ROOT);
              macros.put(name, null); // failed until defined: an entry that uses it fails too
              expect('=');
              macros.put(name, value());
              skipSpace();
              expect(close);
            }
            default -> {
              return entry(type, close, line);
            }
          }
        } catch (RuntimeException e) {
          rejected++;
          sink.reject(
              fileName + ":" + line,
              "BibTeX entry does not parse: "
                  + (e instanceof IndexOutOfBoundsException
                      ? "the file ends inside it"
                      : e.getMessage()));
          int nextEntry = s.indexOf("\n@", at + 1);
          pos = nextEntry < 0 ? s.length() : nextEntry + 1;
        }
      }
    }

    private Entry entry(String type, char close, int line) {
      skipSpace();
      int keyStart = pos;
      while (pos < s.length()
          && s.charAt(pos) != ','
          && s.charAt(pos) != close
          && !Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
      String key = s.substring(keyStart, pos);
      skipSpace();
      Map<String, String> fields = new LinkedHashMap<>();
      while (true) {
        skipSpace();
        if (pos >= s.length()) {
          throw new IllegalStateException("entry '" + key + "' is not closed");
        }
        char c = s.charAt(pos);
        if (c == close) {
          pos++;
          return new Entry(type, key, fields, line);
        }
        if (c == ',') {
          pos++;
          continue;
        }
        String name = ident().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
          throw new IllegalStateException(
              "unexpected '" + c + "' in entry '" + key + "' at line " + lineOf(pos));
        }
        expect('=');
        fields.put(name, value());
      }
    }

    private String value() {
      StringBuilder v = new StringBuilder();
      while (true) {
        skipSpace();
        char c = s.charAt(pos);
        if (c == '{') {
          int start = ++pos;
          skipBalanced('{', '}');
          v.append(s, start, pos - 1);
        } else if (c == '"') {
          int start = ++pos;
          int depth = 0;
          while (s.charAt(pos) != '"' || depth > 0) {
            if (s.charAt(pos) == '{') {
              depth++;
            } else if (s.charAt(pos) == '}') {
              depth--;
            }
            pos++;
          }
          v.append(s, start, pos);
          pos++;
        } else if (Character.isDigit(c)) {
          int start = pos;
          while (Character.isDigit(s.charAt(pos))) {
            pos++;
          }
          v.append(s, start, pos);
        } else {
          String macro = ident().toLowerCase(Locale.ROOT);
          if (macro.isEmpty()) {
            throw new IllegalStateException("expected a value at line " + lineOf(pos));
          }
          if (macros.containsKey(macro) && macros.get(macro) == null) {
            throw new IllegalStateException("it uses @string macro '" + macro + "', which failed");
          }
          v.append(macros.getOrDefault(macro, macro));
        }
        if (v.length() > MAX_VALUE_CHARS) {
          throw new IllegalStateException(
              String.format(
                  Locale.ROOT,
                  "a value over %,d characters (nested @string macros?)",
                  MAX_VALUE_CHARS));
        }
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == '#') {
          pos++;
          continue;
        }
        return v.toString();
      }
    }

    private void skipBalanced(char open, char close) {
      int depth = 1;
      while (depth > 0) {
        if (pos >= s.length()) {
          throw new IllegalStateException("unbalanced braces");
        }
        char c = s.charAt(pos++);
        if (c == open) {
          depth++;
        } else if (c == close) {
          depth--;
        }
      }
    }

    private String ident() {
      skipSpace();
      int start = pos;
      while (pos < s.length()
          && (Character.isLetterOrDigit(s.charAt(pos)) || "_-:.+/".indexOf(s.charAt(pos)) >= 0)) {
        pos++;
      }
      return s.substring(start, pos);
    }

    private void expect(char c) {
      skipSpace();
      if (pos >= s.length() || s.charAt(pos) != c) {
        throw new IllegalStateException("expected '" + c + "' at line " + lineOf(pos));
      }
      pos++;
    }

    private void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    /**
     * Counted on from the last offset asked for (offsets mostly grow): linear in the file, not
     * quadratic.
     */
    private int lineOf(int offset) {
      int from = offset >= lineAt ? lineAt : 0;
      int line = offset >= lineAt ? lineCount : 1;
      for (int i = from; i < offset && i < s.length(); i++) {
        if (s.charAt(i) == '\n') {
          line++;
        }
      }
      lineAt = Math.min(offset, s.length());
      lineCount = line;
      return line;
    }
  }
}
