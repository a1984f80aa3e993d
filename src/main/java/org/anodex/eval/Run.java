package org.anodex.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run: for each query, the retrieved documents with their scores. Ordered the way trec_eval reads
 * a run file (score descending, ties by document id descending), so that the figures computed here
 * are the figures trec_eval prints for the written file.
 */
public final class Run {
  /** One retrieved document. */
  public record Scored(String docId, float score) {}

  static final Comparator<Scored> TREC_ORDER =
      Comparator.comparing(Scored::score, Comparator.reverseOrder())
          .thenComparing(Scored::docId, Comparator.reverseOrder());

  private final Map<String, List<Scored>> byQuery = new LinkedHashMap<>();
  private final Map<String, Long> matches = new LinkedHashMap<>();

  public void add(String queryId, List<Scored> docs) {
    List<Scored> sorted = new ArrayList<>(docs);
    sorted.sort(TREC_ORDER);
    byQuery.put(queryId, Collections.unmodifiableList(sorted));
  }

  /** A query's documents and how many papers it matched in all (the total a reader sees). */
  public void add(String queryId, List<Scored> docs, long total) {
    add(queryId, docs);
    matches.put(queryId, total);
  }

  /** The median of the queries' totals (0 where none was recorded). */
  public long medianMatches() {
    long[] totals = matches.values().stream().mapToLong(Long::longValue).sorted().toArray();
    return totals.length == 0 ? 0 : totals[totals.length / 2];
  }

  /** A query's documents in trec_eval's order; empty when it retrieved nothing. */
  public List<Scored> ranked(String queryId) {
    return byQuery.getOrDefault(queryId, List.of());
  }

  /** Writes the TREC run format: {@code qid Q0 docid rank score tag}. */
  public void write(Path file, String tag) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<Scored>> e : byQuery.entrySet()) {
        int rank = 0;
        for (Scored s : e.getValue()) {
          // Float.toString round-trips: trec_eval sees exactly the scores ranked here.
          w.write(
              e.getKey()
                  + " Q0 "
                  + s.docId()
                  + " "
                  + (++rank)
                  + " "
                  + s.score()
                  + " "
                  + tag
                  + "\n");
        }
      }
    }
  }
}
