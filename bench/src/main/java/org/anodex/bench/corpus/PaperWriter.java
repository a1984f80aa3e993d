package org.anodex.bench.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/**
 * Generated papers as JSON Lines, in the keys of record-fields.yaml plus {@code embedding} and its
 * model.
 */
final class PaperWriter {
  static final String EMBEDDING_MODEL = "all-MiniLM-L6-v2-q";
  private static final JsonFactory JSON = new JsonFactory();

  static void write(SyntheticPaper p, Writer out) throws IOException {
    JsonGenerator g = JSON.createGenerator(out);
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeStringField("doi", p.doi());
    g.writeStringField("title", p.title());
    if (p.abstractText() != null) {
      g.writeStringField("abstract", p.abstractText());
    }
    g.writeArrayFieldStart("authors");
    for (String a : p.authors()) {
      g.writeString(a);
    }
    g.writeEndArray();
    if (p.venue() != null) {
      g.writeStringField("venue", p.venue());
    }
    if (p.year() != null) {
      g.writeNumberField("year", p.year());
    }
    if (p.published() != null) {
      g.writeStringField("published", p.published());
    }
    if (p.embedding() != null) {
      g.writeArrayFieldStart("embedding");
      for (float f : p.embedding()) {
        g.writeNumber(sixDecimals(f));
      }
      g.writeEndArray();
      g.writeStringField("embedding_model", EMBEDDING_MODEL);
    }
    g.writeEndObject();
    g.flush();
    out.write('\n');
  }

  /** {@code f} (already rounded to 6 decimals) written with at most 6 decimals, fast. */
  static String sixDecimals(float f) {
    long micros = Math.round((double) f * 1e6);
    StringBuilder s = new StringBuilder(10);
    if (micros < 0) {
      s.append('-');
      micros = -micros;
    }
    s.append(micros / 1_000_000).append('.');
    String frac = Long.toString(micros % 1_000_000);
    s.append("000000", frac.length(), 6).append(frac);
    return s.toString();
  }
}
