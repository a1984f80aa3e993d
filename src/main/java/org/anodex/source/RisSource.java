package org.anodex.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodex.paper.Dates;
import org.anodex.paper.Paper;

/**
 * RIS files ({@code TY - JOUR} ... {@code ER - }): every record becomes a paper. Continuation lines
 * (text without a tag, as some exporters wrap abstracts) are appended to the previous tag.
 */
public final class RisSource implements PaperSource {
  private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])  ?-(?: (.*)|$)");

  /**
   * Continuation lines are joined up to this length: joining them without end costs the square of
   * it.
   */
  private static final int MAX_VALUE_CHARS = 1_000_000;

  @Override
  public void read(SourceFile file, PaperSink sink) throws IOException {
    String text = TextFiles.read(file.path());
    Map<String, List<String>> record = null;
    String lastTag = null;
    int position = 0;
    int startLine = 0;
    int lineNo = 0;
    for (String line : text.split("\\r?\\n")) {
      lineNo++;
      Matcher m = TAG.matcher(line);
      if (!m.find()) {
        if (record != null && lastTag != null && !line.isBlank()) {
          List<String> values = record.get(lastTag);
          String last = values.get(values.size() - 1);
          if (last.length()
              < MAX_VALUE_CHARS) { // past it, the paper's budget would cut the value anyway
            values.set(values.size() - 1, last + " " + line.strip());
          }
        }
        continue;
      }
      String tag = m.group(1);
      String value = m.group(2) == null ? "" : m.group(2).strip();
      if (tag.equals("TY")) {
        if (record != null) {
          sink.reject(file.name() + ":" + startLine, "record without ER line before the next TY");
        }
        record = new LinkedHashMap<>();
        startLine = lineNo;
      } else if (tag.equals("ER")) {
        if (record != null) {
          emit(file, ++position, startLine, record, sink);
        }
        record = null;
        continue;
      }
      if (record != null) {
        record.computeIfAbsent(tag, k -> new ArrayList<>()).add(value);
        lastTag = tag;
      }
    }
    if (record != null) {
      sink.partial(
          file.name() + ":" + startLine,
          "the file ends without the record's ER line: kept as it stands");
      emit(file, ++position, startLine, record, sink);
    }
    if (position == 0) {
      throw new UnreadableFileException("no RIS records (TY  - ... ER  - )");
    }
  }

  private static void emit(
      SourceFile file, int position, int line, Map<String, List<String>> r, PaperSink sink) {
    Paper.Builder b = Paper.builder().format("ris").source(file.name() + ":" + line);
    b.title(first(r, "TI", "T1", "CT", "BT"));
    for (String tag : List.of("AU", "A1", "A2")) {
      for (String a : r.getOrDefault(tag, List.of())) {
        int comma = a.indexOf(',');
        b.author(
            comma > 0
                ? (a.substring(comma + 1).strip() + " " + a.substring(0, comma).strip()).strip()
                : a);
      }
    }
    String date = first(r, "DA", "PY", "Y1");
    b.year(Dates.yearOf(first(r, "PY", "Y1", "DA")));
    b.date(date == null ? null : Dates.iso(date.replaceAll("/+$", "")));
    b.journal(first(r, "JO", "JF", "T2", "JA", "J2"));
    b.doi(first(r, "DO"));
    if (b.doi() == null) {
      b.doi(first(r, "UR"));
    }
    b.abstractText(first(r, "AB", "N2"));
    r.getOrDefault("KW", List.of()).forEach(b::keyword);
    b.key(first(r, "ID"));
    if (b.title() == null) {
      sink.reject(file.name() + ":" + line, "record has no title (TI or T1)");
      return;
    }
    sink.accept(b.build(file.positionKey(position)));
  }

  private static String first(Map<String, List<String>> r, String... tags) {
    for (String t : tags) {
      for (String v : r.getOrDefault(t, List.of())) {
        if (!v.isBlank()) {
          return v;
        }
      }
    }
    return null;
  }
}
