package org.anodex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark's queries (queries.tsv written by the corpus generator): words, and a year to
 * filter by.
 */
public record Queries(List<String> words, List<Integer> years) {

  public static Queries read(Path file) throws IOException {
    List<String[]> rows =
        Files.readAllLines(file).stream()
            .filter(l -> !l.isBlank())
            .map(l -> l.split("\t"))
            .toList();
    return new Queries(
        rows.stream().map(r -> r[0]).toList(),
        rows.stream().map(r -> Integer.valueOf(r[1])).toList());
  }

  public int size() {
    return words.size();
  }
}
