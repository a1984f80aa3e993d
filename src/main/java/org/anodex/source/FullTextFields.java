package org.anodex.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.paper.Dates;
import org.anodex.paper.Dois;
import org.anodex.paper.Paper;
import org.anodex.paper.Text;
import org.anodex.source.tika.ParsedFile;

/**
 * The fields of a full text, from its metadata where publishers put them ({@code citation_*} and
 * Dublin Core meta tags, PDF Info and XMP, Office properties) and from its first page where they
 * did not (the largest-font title, a DOI pattern, an "Abstract" paragraph). Junk titles are
 * refused: file names, "Microsoft Word - ...", "paper.dvi", section headings.
 */
final class FullTextFields {
  private static final Pattern JUNK_TITLE =
      Pattern.compile(
          "(?i)^(?:microsoft (?:word|powerpoint) - .*"
              + "|.*\\.(?:docx?|dvi|pdf|tex|indd|qxd|rtf|odt|ps|eps)|doi:?.*|untitled.*|title|abstract|introduction"
              + "|background|contents|article|paper|document\\d*|manuscript|page \\d+|pii:?.*|s\\d{4}-\\d{3}.*"
              + "|\\W*\\d[\\d\\s.:/-]*|\\d+\\s*\\.\\.\\.|(?:\\w+\\s*){1,2})$");
  private static final Pattern ABSTRACT_HEAD =
      Pattern.compile(
          "(?im)^\\s*(?:a\\s?b\\s?s\\s?t\\s?r\\s?a\\s?c\\s?t|summary)\\b[\\s.:\\u2014-]*");
  private static final Pattern SECTION_HEAD =
      Pattern.compile(
          "(?im)^\\s*(?:(?:\\d+\\.?|I\\.?)\\s*)?(?:key\\s?words?|introduction|background|methods?|results|index terms|abbreviations)\\b");
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "(?i)(?:published(?: online)?|©|\\(c\\)|copyright)[:\\s]*(?:\\d{1,2}\\s+\\w+\\s+)?((?:19|20)\\d\\d)\\b");

  /** "Journal of X 27 (2021) 100702": a citation line of the paper itself, near the top. */
  private static final Pattern CITATION_LINE =
      Pattern.compile(
          "(?m)^([^\\n]{3,120}?)\\s+\\d{1,4}\\s*\\(((?:19|20)\\d\\d)\\)[,:]?\\s*[\\de\\-–]+\\b");

  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{L}[\\p{L}.'-]*){1,3}");
  private static final int FIRST_PAGE = 6000;

  /** The end of a text cut short: an ellipsis. */
  private static final Pattern TRUNCATED = Pattern.compile("\\s*(?:…|\\.\\.\\.)$");

  private static final int MAX_TITLE = 400;

  /** How much of a first line without a title's end is taken as its title. */
  private static final int TITLE_WORDS = 150;

  private static final Pattern REPEATED_START = Pattern.compile("(\\S.{9,399}?)\\s+\\1(?=\\s|$)");
  private static final Pattern FIRST_SENTENCE =
      Pattern.compile("(\\S.{9,299}?[.?!])\\s+(?=\\p{Lu})");
  private static final int TOP = 1500;

  private FullTextFields() {}

  static Paper.Builder read(ParsedFile parsed, String fileName) {
    Map<String, List<String>> meta = new HashMap<>();
    parsed
        .metadata()
        .forEach((k, v) -> meta.merge(k.toLowerCase(Locale.ROOT), v, FullTextFields::concat));
    String text = parsed.text() == null ? "" : parsed.text();
    String head = text.length() > FIRST_PAGE ? text.substring(0, FIRST_PAGE) : text;
    boolean pdf = "application/pdf".equals(parsed.mediaType());

    Paper.Builder b = Paper.builder();
    b.title(title(meta, parsed, head, fileName, pdf));
    for (String key : List.of("citation_author", "dc.creator", "dc:creator", "meta:author")) {
      for (String a : meta.getOrDefault(key, List.of())) {
        for (String name : splitNames(Text.clean(a))) {
          String n = name.replaceAll("\\{?\\bet al\\.?}?", "").strip();
          if (plausibleName(n)) {
            b.author(n);
          }
        }
      }
      if (!b.authors().isEmpty()) {
        break;
      }
    }
    String doi =
        first(
            meta,
            "citation_doi",
            "dc.identifier",
            "prism:doi",
            "prism.doi",
            "dc:identifier",
            "doi");
    b.doi(doi);
    for (String key :
        List.of("dc:description", "dc:subject", "pdf:docinfo:subject", "description")) {
      for (String v : meta.getOrDefault(key, List.of())) {
        if (b.doi() == null) {
          Dois.find(v, d -> true)
              .ifPresent(b::doi); // BMC PDFs: "Journal ... 2010 4:1. doi:10.1186/..."
        }
      }
    }
    if (b.doi() == null) {
      Dois.find(head, d -> true).ifPresent(b::doi);
    }
    b.journal(
        first(
            meta,
            "citation_journal_title",
            "prism:publicationname",
            "prism.publicationname",
            "citation_conference_title",
            "dc.source"));
    String date =
        first(
            meta,
            "citation_publication_date",
            "citation_date",
            "citation_online_date",
            "dc.date",
            "prism:publicationdate",
            "prism:coverdate",
            "dcterms.issued");
    if (date != null) {
      b.date(Dates.iso(date));
    } else {
      String top = head.length() > TOP ? head.substring(0, TOP) : head;
      Matcher m = CITATION_LINE.matcher(top);
      if (m.find()) {
        b.year(Dates.yearOf(m.group(2)));
        if (b.journal() == null) {
          b.journal(m.group(1));
        }
      } else if ((m = PUBLISHED.matcher(head)).find()) {
        b.year(Dates.yearOf(m.group(1)));
      }
    }
    if (b.authors().isEmpty() && "text/plain".equals(parsed.mediaType())) {
      authorLine(head)
          .forEach(b::author); // plain text: title on the first line, authors on the second
    }
    String abs =
        first(meta, "citation_abstract", "dc.description", "dcterms.abstract", "dc:description");
    if (abs != null && TRUNCATED.matcher(abs).find()) {
      // A page's description meta tag is its abstract cut short ("…"): the text has it whole, where
      // it says so.
      String whole = abstractFromText(head);
      abs = whole != null ? whole : abs;
    }
    b.abstractText(abs != null && abs.length() > 200 ? abs : abstractFromText(head));
    for (String key :
        List.of(
            "citation_keywords",
            "keywords",
            "meta:keyword",
            "pdf:docinfo:keywords",
            "dc.subject")) {
      for (String v : meta.getOrDefault(key, List.of())) {
        for (String k : v.split("[;,]")) {
          b.keyword(k);
        }
      }
    }
    b.body(Text.cleanBody(text));
    return b;
  }

  private static String title(
      Map<String, List<String>> meta,
      ParsedFile parsed,
      String head,
      String fileName,
      boolean pdf) {
    List<String> candidates = new ArrayList<>();
    String citation = first(meta, "citation_title", "dc.title", "og:title");
    if (citation != null) {
      candidates.add(Text.joinSplitSubscripts(citation));
    }
    String declared = first(meta, "dc:title", "pdf:docinfo:title", "title");
    if (pdf) {
      candidates.add(parsed.firstPageTitle());
      candidates.add(declared);
    } else {
      candidates.add(declared);
      candidates.add(firstLine(head));
    }
    String stem =
        fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    for (String c : candidates) {
      String t = Text.clean(c);
      if (t != null
          && !JUNK_TITLE.matcher(t).matches()
          && !t.equalsIgnoreCase(stem)
          && !t.equalsIgnoreCase(fileName)
          && t.length() <= MAX_TITLE) {
        return t;
      }
    }
    return null;
  }

  /** The paragraph after an "Abstract" heading on the first page, up to the next heading. */
  static String abstractFromText(String head) {
    Matcher m = ABSTRACT_HEAD.matcher(head);
    if (!m.find()) {
      return null;
    }
    String rest = head.substring(m.end());
    Matcher end = SECTION_HEAD.matcher(rest);
    String abs =
        end.find()
            ? rest.substring(0, end.start())
            : rest.substring(0, Math.min(rest.length(), 3000));
    abs = Text.clean(abs);
    return abs != null && abs.length() >= 100 ? abs : null;
  }

  /** The second non-blank line, when it is a list of names. */
  static List<String> authorLine(String text) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(2).toList();
    if (lines.size() < 2) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String n : lines.get(1).split(",|;|\\s+and\\s+|\\s*&\\s*")) {
      String t = n.strip();
      if (!NAME.matcher(t).matches()) {
        return List.of();
      }
      names.add(t);
    }
    return names;
  }

  /**
   * The title a plain text starts with: the phrase it repeats at once, over its first lines (PMC
   * exports print the title twice, and may wrap it), else its first line; where that line is a
   * whole paragraph (a text exported without line breaks: 35 of the 45 SOFC papers of ../shared),
   * its first sentence, else its first words.
   */
  static String firstLine(String text) {
    List<String> lines =
        text.lines().filter(l -> !l.isBlank()).limit(4).map(String::strip).toList();
    if (lines.isEmpty()) {
      return null;
    }
    String lead = String.join(" ", lines);
    Matcher repeated =
        REPEATED_START.matcher(lead.substring(0, Math.min(lead.length(), 2 * MAX_TITLE + 2)));
    if (repeated.lookingAt()) {
      return repeated.group(1);
    }
    String line = lines.get(0);
    if (line.length() <= MAX_TITLE) {
      return line;
    }
    Matcher sentence = FIRST_SENTENCE.matcher(line);
    if (sentence.lookingAt()) {
      return sentence.group(1);
    }
    int cut = line.lastIndexOf(' ', TITLE_WORDS);
    return line.substring(0, cut > 0 ? cut : TITLE_WORDS).strip() + " …";
  }

  /** "A B; C D", "A B and C D", and (as Tika joins repeated meta tags) "A B, C D, E F". */
  static List<String> splitNames(String value) {
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    for (String part : value.split(";|\\s+and\\s+|\\s*&\\s*")) {
      String[] commas = part.split(",");
      boolean list = commas.length > 1;
      for (String c : commas) {
        list &= c.strip().contains(" ");
      }
      if (list) {
        out.addAll(List.of(commas));
      } else {
        out.add(part);
      }
    }
    return out;
  }

  private static boolean plausibleName(String s) {
    String t = s.strip();
    return t.length() >= 3
        && t.length() <= 100
        && t.contains(" ")
        && !t.matches(".*\\d.*")
        && !t.matches(
            "(?i).*\\b(user|admin|administrator|author|unknown|microsoft|elsevier|springer|journals?|press|publishing|publisher)\\b.*");
  }

  private static String first(Map<String, List<String>> meta, String... keys) {
    for (String k : keys) {
      for (String v : meta.getOrDefault(k, List.of())) {
        if (v != null && !v.isBlank()) {
          return v.strip();
        }
      }
    }
    return null;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
