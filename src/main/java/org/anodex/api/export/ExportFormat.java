package org.anodex.api.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.anodex.paper.Paper;

/**
 * A file format papers are exported in: written one paper at a time, so any number fits in constant
 * memory.
 */
public interface ExportFormat {

  String name();

  String mediaType();

  String extension();

  default void begin(Writer out) throws IOException {}

  void write(Paper paper, Writer out) throws IOException;

  /** The formats by name: csv, jsonl, bibtex, ris; null for another name. */
  static ExportFormat named(String name) {
    for (ExportFormat f : all()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  static List<ExportFormat> all() {
    return List.of(new CsvFormat(), new JsonlFormat(), new BibtexFormat(), new RisFormat());
  }
}
