package org.anodex.api.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;
import org.anodex.paper.Text;
import org.apache.commons.csv.CSVFormat;

/**
 * RFC 4180 CSV (Commons CSV): one header row, one row per paper, CRLF, fields quoted where they
 * need it.
 */
final class CsvFormat implements ExportFormat {
  static final List<String> COLUMNS =
      List.of(
          "id",
          "doi",
          "title",
          "authors",
          "year",
          "journal",
          "format",
          "topics",
          "properties",
          "abstract");

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv; charset=utf-8";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public void begin(Writer out) throws IOException {
    row(out, COLUMNS);
  }

  @Override
  public void write(Paper p, Writer out) throws IOException {
    String topics =
        p.topics().stream()
            .map(t -> t.dimension() + ":" + t.value())
            .distinct()
            .collect(Collectors.joining("; "));
    String properties =
        p.properties().stream().map(CsvFormat::property).collect(Collectors.joining("; "));
    row(
        out,
        List.of(
            n(p.id()),
            n(p.doi()),
            n(p.title()),
            String.join("; ", p.authors()),
            p.year() == null ? "" : p.year().toString(),
            n(p.journal()),
            n(p.format()),
            topics,
            properties,
            n(p.abstractText())));
  }

  private static String property(Property p) {
    String v =
        p.value() == null
            ? p.raw()
            : p.max() == null ? num(p.value()) : num(p.value()) + "-" + num(p.max());
    return p.name() + "=" + v + (p.unit() == null || p.value() == null ? "" : " " + p.unit());
  }

  private static String num(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static String n(String s) {
    return s == null ? "" : s;
  }

  static void row(Writer out, List<String> fields) throws IOException {
    // Control characters are left out even of papers indexed before they were stripped at ingest.
    CSVFormat.RFC4180.printRecord(
        out, fields.stream().map(f -> f == null ? null : Text.stripControls(f)).toArray());
  }
}
