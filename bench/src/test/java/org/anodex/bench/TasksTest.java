package org.anodex.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TasksTest {

  @Test
  void fillsTheQueryAndEncodesEachValue(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.tasks");
    Files.writeString(
        file,
        "# a comment\nFiltered: q={q}&fq={!tag=y}year:{year}&qf=title abstract\nWords: q={q}\n");
    Tasks tasks = Tasks.read(file);
    assertEquals(List.of("Filtered", "Words"), tasks.categories());
    assertEquals(
        List.of(
            Map.entry("q", "si anode"),
            Map.entry("fq", "{!tag=y}year:2024"),
            Map.entry("qf", "title abstract")),
        tasks.params("Filtered", "si anode", 2024));
    assertEquals(
        "q=si+anode&fq=%7B%21tag%3Dy%7Dyear%3A2024&qf=title+abstract",
        tasks.queryString("Filtered", "si anode", 2024));
  }

  @Test
  void everySystemHasTheSameClasses() throws Exception {
    Path bench = Path.of(".");
    List<String> anodex = Tasks.read(bench.resolve("scale-anodex.tasks")).categories();
    assertEquals(anodex, Tasks.read(bench.resolve("scale-floor.tasks")).categories());
    assertEquals(anodex, Tasks.read(bench.resolve("scale-solr.tasks")).categories());
  }
}
