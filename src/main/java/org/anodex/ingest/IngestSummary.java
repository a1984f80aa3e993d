package org.anodex.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.anodex.paper.Text;

/**
 * Every outcome of an ingest, counted: papers added, updated, unchanged; records and files that
 * failed (where and why); files skipped (as not papers, or links to files read anyway); papers kept
 * in part, cut at a budget (where and what); embeddings that records brought, taken or not (why);
 * and, where the run itself stopped (the index could not be written), why: what was committed
 * before stays.
 */
public record IngestSummary(
    int files,
    int added,
    int updated,
    int unchanged,
    List<Failure> failures,
    List<String> skipped,
    Duration took,
    List<String> ids,
    Embeddings embeddings,
    List<Failure> partial,
    String stopped,
    Slowest slowest) {
  /**
   * Ids of papers written are listed up to this many (a write through the API wants them; a bulk
   * ingest not).
   */
  public static final int MAX_IDS = 1000;

  /** Something that could not be read: a file, or a record at {@code file:line}. */
  public record Failure(String where, String reason) {}

  /** The file that took longest to read (parse included), where a run had one. */
  public record Slowest(String file, Duration took) {
    public static final Slowest NONE = new Slowest(null, Duration.ZERO);
  }

  /**
   * Embeddings that records brought: {@code taken} as they are, {@code refused} (wrong model or
   * dimension, not numbers: those papers are embedded in the background), with the first few
   * refusals and why.
   */
  public record Embeddings(int taken, int refused, List<Failure> examples) {
    public static final Embeddings NONE = new Embeddings(0, 0, List.of());

    /** Refusals listed by where and why; the rest are counted. */
    public static final int EXAMPLES = 10;
  }

  public int failed() {
    return failures.size();
  }

  /** Whether the run itself failed (as opposed to some of its files). */
  public boolean runFailed() {
    return stopped != null;
  }

  public int papers() {
    return added + updated + unchanged;
  }

  public String toText() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "%d files: %d papers added, %d updated, %d unchanged, %d failed%s%s (%.1f s)%n",
            files,
            added,
            updated,
            unchanged,
            failed(),
            partial.isEmpty() ? "" : ", " + partial.size() + " kept in part",
            skipped.isEmpty()
                ? ""
                : ", " + skipped.size() + " skipped: " + Text.printable(String.join(", ", skipped)),
            took.toMillis() / 1000.0));
    // Names and reasons come from a user's files: printable() keeps a newline in a file name from
    // forging a line of this summary.
    for (Failure f : failures) {
      s.append("  failed: ")
          .append(Text.printable(f.where()))
          .append(": ")
          .append(Text.printable(f.reason()))
          .append('\n');
    }
    for (Failure f : partial) {
      s.append("  kept in part: ")
          .append(Text.printable(f.where()))
          .append(": ")
          .append(Text.printable(f.reason()))
          .append('\n');
    }
    if (slowest.file() != null && slowest.took().toMillis() >= 1000) {
      s.append(
          String.format(
              Locale.ROOT,
              "slowest file: %s (%.1f s)%n",
              Text.printable(slowest.file()),
              slowest.took().toMillis() / 1000.0));
    }
    if (stopped != null) {
      s.append("the run stopped: ")
          .append(Text.printable(stopped))
          .append(" (papers committed before this are kept)\n");
    }
    if (embeddings.taken() > 0 || embeddings.refused() > 0) {
      s.append(
          String.format(
              Locale.ROOT,
              "%d embeddings taken from the records, %d not taken (those papers are embedded in"
                  + " the background)%n",
              embeddings.taken(),
              embeddings.refused()));
    }
    for (Failure f : embeddings.examples()) {
      s.append("  embedding not taken: ")
          .append(Text.printable(f.where()))
          .append(": ")
          .append(Text.printable(f.reason()))
          .append('\n');
    }
    if (embeddings.refused() > embeddings.examples().size()) {
      s.append("  ... and ")
          .append(embeddings.refused() - embeddings.examples().size())
          .append(" more\n");
    }
    return s.toString();
  }
}
