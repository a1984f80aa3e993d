package org.anodex.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * A position in a walk over every hit: the point-in-time snapshot the walk reads (so that each hit
 * comes exactly once even while the index changes), the search it belongs to, and the sort values
 * of the last hit returned (search-after; the paper id breaks ties). Opaque to clients: base64url
 * of JSON.
 */
record Cursor(long snapshot, String search, int doc, List<Object> after) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Cursor after(long snapshot, String search, FieldDoc last) {
    Object[] fields = last.fields;
    Object first = fields[0] instanceof Float f ? (Object) f.doubleValue() : fields[0];
    String id = ((BytesRef) fields[1]).utf8ToString();
    return new Cursor(snapshot, search, last.doc, List.of(first, id));
  }

  String encode() {
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(this));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Cursor decode(String token) {
    try {
      Cursor c = JSON.readValue(Base64.getUrlDecoder().decode(token), Cursor.class);
      if (c.after() == null || c.after().size() != 2 || c.search() == null) {
        throw new IllegalArgumentException("incomplete");
      }
      return c;
    } catch (IOException | IllegalArgumentException e) {
      throw SearchPlan.forgedCursor();
    }
  }

  /** The FieldDoc to search after, with sort values of the types the sort fields expect. */
  FieldDoc fieldDoc(boolean byScore) {
    Object first = after.get(0);
    Object value =
        byScore ? (Object) ((Number) first).floatValue() : (Object) ((Number) first).longValue();
    return new FieldDoc(doc, Float.NaN, new Object[] {value, new BytesRef((String) after.get(1))});
  }
}
