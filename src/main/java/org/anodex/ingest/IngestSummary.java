package org.anodex.ingest;

import java.time.Duration;
import java.util.List;

/**
 * Every outcome of an ingest, counted: papers added, updated, unchanged; records and files that failed
 * (where and why); files skipped as not papers.
 */
public record IngestSummary(
    int files, int added, int updated, int unchanged, List<Failure> failures, List<String> skipped, Duration took,
    List<String> ids) {
  /** Ids of papers written are listed up to this many (a write through the API wants them; a bulk ingest not). */
  public static final int MAX_IDS = 1000;

  /** Something that could not be read: a file, or a record at {@code file:line}. */
  public record Failure(String where, String reason) {}

  public int failed() {
    return failures.size();
  }

  public int papers() {
    return added + updated + unchanged;
  }

  public String toText() {
    StringBuilder s = new StringBuilder();
    s.append(String.format("%d files: %d papers added, %d updated, %d unchanged, %d failed%s (%.1f s)%n",
        files, added, updated, unchanged, failed(),
        skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped (not papers: " + String.join(", ", skipped) + ")",
        took.toMillis() / 1000.0));
    for (Failure f : failures) {
      s.append("  failed: ").append(f.where()).append(": ").append(f.reason()).append('\n');
    }
    return s.toString();
  }
}
