package org.anodex.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Relevance judgments: for each query, the judged documents and their grades (0 = judged not
 * relevant). Reads BEIR's TSV ({@code query-id corpus-id score}, with a header) and TREC's four
 * columns ({@code qid 0 docid rel}), tab- or space-separated, {@code #} lines ignored. Document ids
 * are compared without case, because DOIs are.
 */
public final class Qrels {
  private final Map<String, Map<String, Integer>> byQuery;

  Qrels(Map<String, Map<String, Integer>> byQuery) {
    this.byQuery = byQuery;
  }

  public static Qrels read(Path file) throws IOException {
    Map<String, Map<String, Integer>> byQuery = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      String[] cols = s.split("\\s+");
      if (lineNo == 1 && !cols[cols.length - 1].matches("-?\\d+")) {
        continue; // BEIR's header: query-id corpus-id score
      }
      if (cols.length != 3 && cols.length != 4) {
        throw new IOException(
            file + ":" + lineNo + ": expected 'qid docid grade' or 'qid 0 docid grade'");
      }
      String doc = cols[cols.length - 2];
      int grade;
      try {
        grade = Integer.parseInt(cols[cols.length - 1]);
      } catch (NumberFormatException e) {
        throw new IOException(
            file + ":" + lineNo + ": grade is not an integer: " + cols[cols.length - 1]);
      }
      byQuery.computeIfAbsent(cols[0], k -> new LinkedHashMap<>()).put(docKey(doc), grade);
    }
    return new Qrels(byQuery);
  }

  /** How document ids are compared: DOIs and keys without case. */
  static String docKey(String docId) {
    return docId.toLowerCase(Locale.ROOT);
  }

  /** Queries with at least one relevant document: the ones that are scored, as trec_eval does. */
  public java.util.List<String> scoredQueries() {
    return byQuery.entrySet().stream()
        .filter(e -> e.getValue().values().stream().anyMatch(g -> g > 0))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The grades of one query's judged documents (by {@link #docKey}). */
  public Map<String, Integer> judged(String queryId) {
    return Collections.unmodifiableMap(byQuery.getOrDefault(queryId, Map.of()));
  }

  public int judgments() {
    return byQuery.values().stream().mapToInt(Map::size).sum();
  }
}
