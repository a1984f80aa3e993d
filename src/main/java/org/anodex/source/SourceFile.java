package org.anodex.source;

import java.nio.file.Path;

/**
 * A file to read, with the name it is known by: its path relative to the folder that was ingested,
 * which is what ids of papers without DOI or record key are derived from (stable wherever the
 * folder is moved).
 */
public record SourceFile(Path path, String name, boolean kept) {

  /**
   * A file that stays where it is after ingestion (not an upload's temporary copy): papers may link
   * to it.
   */
  public SourceFile(Path path, String name) {
    this(path, name, true);
  }

  public static SourceFile of(Path path) {
    return new SourceFile(path, path.getFileName().toString());
  }

  /** A temporary copy (an upload), deleted after ingestion: no paper links to it. */
  public static SourceFile temporary(Path path, String name) {
    return new SourceFile(path, name, false);
  }

  /** The fallback key of the record at {@code position} (1-based) in this file. */
  public String positionKey(int position) {
    return name + "#" + position;
  }

  public String extension() {
    String n = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1);
  }
}
