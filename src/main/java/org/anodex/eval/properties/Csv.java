package org.anodex.eval.properties;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 CSV with a header row (Commons CSV): quoted fields may hold commas, quotes ("") and line
 * breaks.
 */
final class Csv {
  private static final CSVFormat WITH_HEADER =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setTrim(false)
          .get();

  private Csv() {}

  /** Each row by the header's names (stripped); a short row's missing fields are empty. */
  static List<Map<String, String>> read(Path file) throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = WITH_HEADER.parse(in)) {
      List<String> header = parser.getHeaderNames();
      for (CSVRecord r : parser) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          m.put(header.get(i).strip(), i < r.size() ? r.get(i) : "");
        }
        out.add(m);
      }
    }
    return out;
  }
}
