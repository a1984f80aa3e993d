package org.anodex.api.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The formats of {@code /api/values}, written one row at a time: {@code json} (an array of row
 * objects), {@code jsonl} (a row object a line) and {@code csv} (a header, then a row a line;
 * {@code conditions} is one column holding a JSON object such as {@code
 * {"current_density":1000.0,"cycles":500}}, empty where there are none: the condition keys vary by
 * value and the columns must be known before the first row is written).
 */
public enum ValueFormat {
  JSON("application/json", null) {
    @Override
    public void begin(Writer out) throws IOException {
      out.write('[');
    }

    @Override
    public void write(ValueRows.Row row, boolean first, Writer out) throws IOException {
      out.write(first ? "\n" : ",\n");
      out.write(MAPPER.writeValueAsString(row));
    }

    @Override
    public void end(Writer out) throws IOException {
      out.write("\n]\n");
    }
  },
  JSONL("application/x-ndjson", "jsonl") {
    @Override
    public void write(ValueRows.Row row, boolean first, Writer out) throws IOException {
      out.write(MAPPER.writeValueAsString(row));
      out.write('\n');
    }
  },
  CSV("text/csv; charset=utf-8", "csv") {
    @Override
    public void begin(Writer out) throws IOException {
      CsvFormat.row(out, COLUMNS);
    }

    @Override
    public void write(ValueRows.Row r, boolean first, Writer out) throws IOException {
      CsvFormat.row(
          out,
          List.of(
              r.id(),
              text(r.title()),
              r.year() == null ? "" : r.year().toString(),
              text(r.journal()),
              r.property(),
              number(r.value()),
              number(r.max()),
              text(r.unit()),
              text(r.raw()),
              r.conditions().isEmpty() ? "" : MAPPER.writeValueAsString(r.conditions()),
              text(r.describes()),
              text(r.cell()),
              text(r.section()),
              text(r.evidence())));
    }
  };

  /** The CSV header: the row's fields, in the order of its JSON. */
  public static final List<String> COLUMNS = columns();

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String mediaType;
  private final String extension;

  ValueFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /**
   * The extension of the download's file name; null where the answer is read in place, not
   * downloaded (json).
   */
  public String extension() {
    return extension;
  }

  public void begin(Writer out) throws IOException {}

  /** Writes one row; {@code first} for the first row of the answer. */
  public abstract void write(ValueRows.Row row, boolean first, Writer out) throws IOException;

  public void end(Writer out) throws IOException {}

  /** The format named {@code json}, {@code jsonl} or {@code csv}; null for another name. */
  public static ValueFormat named(String name) {
    for (ValueFormat f : values()) {
      if (f.name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
        return f;
      }
    }
    return null;
  }

  private static List<String> columns() {
    List<String> names = new ArrayList<>();
    for (var c : ValueRows.Row.class.getRecordComponents()) {
      names.add(c.getName());
    }
    return List.copyOf(names);
  }

  /** A number as a spreadsheet reads it: 1500, 0.0001 (never 1500.0 or 1.0E-4). */
  private static String number(Double d) {
    return d == null ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
