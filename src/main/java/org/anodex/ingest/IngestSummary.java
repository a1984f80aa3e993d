package org.anodex.ingest;

import java.time.Duration;
import java.util.List;

/**
 * Every outcome of an ingest, counted: papers added, updated, unchanged; records and files that failed
 * (where and why); files skipped as not papers; embeddings that records brought, taken or not (why).
 */
public record IngestSummary(
    int files, int added, int updated, int unchanged, List<Failure> failures, List<String> skipped, Duration took,
    List<String> ids, Embeddings embeddings) {
  /** Ids of papers written are listed up to this many (a write through the API wants them; a bulk ingest not). */
  public static final int MAX_IDS = 1000;

  /** Something that could not be read: a file, or a record at {@code file:line}. */
  public record Failure(String where, String reason) {}

  /**
   * Embeddings that records brought: {@code taken} as they are, {@code refused} (wrong model or dimension,
   * not numbers: those papers are embedded in the background), with the first few refusals and why.
   */
  public record Embeddings(int taken, int refused, List<Failure> examples) {
    public static final Embeddings NONE = new Embeddings(0, 0, List.of());
    /** Refusals listed by where and why; the rest are counted. */
    public static final int EXAMPLES = 10;
  }

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
    if (embeddings.taken() > 0 || embeddings.refused() > 0) {
      s.append(String.format("%d embeddings taken from the records, %d not taken (those papers are embedded in"
          + " the background)%n", embeddings.taken(), embeddings.refused()));
    }
    for (Failure f : embeddings.examples()) {
      s.append("  embedding not taken: ").append(f.where()).append(": ").append(f.reason()).append('\n');
    }
    if (embeddings.refused() > embeddings.examples().size()) {
      s.append("  ... and ").append(embeddings.refused() - embeddings.examples().size()).append(" more\n");
    }
    return s.toString();
  }
}
