package org.anodex.source.tika;

import java.util.List;
import java.util.Map;

/**
 * What Tika made of a file: its media type, its text (truncated at the character limit), its
 * metadata (every value of every key) and, for PDFs, the largest-font text of the first page, where
 * the title is. {@code error} is set instead when the file could not be parsed.
 */
public record ParsedFile(
    String mediaType,
    String text,
    boolean truncated,
    Map<String, List<String>> metadata,
    String firstPageTitle,
    String error) {

  static ParsedFile failed(String error) {
    return new ParsedFile(null, null, false, Map.of(), null, error);
  }

  public String meta(String key) {
    List<String> v = metadata.get(key);
    return v == null || v.isEmpty() ? null : v.get(0);
  }
}
