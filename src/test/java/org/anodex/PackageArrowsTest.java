package org.anodex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows between the packages of the compiled application (jdeps on target/classes, so what the
 * bytecode uses, not what a comment names) point one way: {@code paper <- source <- enrich <-
 * index/semantic <- ingest/search <- solr <- eval/api <- cli}, and no package reaches itself again.
 */
class PackageArrowsTest {
  /** Each stage and the stages below it that it may use; a sub-package belongs to its stage. */
  private static final Map<String, Integer> LAYER =
      Map.ofEntries(
          Map.entry("paper", 0),
          Map.entry("config", 0),
          Map.entry("source", 1),
          Map.entry("enrich", 2),
          Map.entry("index", 3),
          Map.entry("semantic", 3),
          Map.entry("ingest", 4),
          Map.entry("search", 4),
          Map.entry("solr", 5),
          Map.entry("eval", 6),
          Map.entry("api", 6),
          Map.entry("cli", 7));

  private static final Pattern ARROW =
      Pattern.compile(
          "^\\s+org\\.anodex\\.([\\w.]+)\\s+->\\s+org\\.anodex\\.([\\w.]+)\\s", Pattern.MULTILINE);
  private static final Map<String, Set<String>> USES = new TreeMap<>();

  @BeforeAll
  static void readTheArrows() {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int status =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "-verbose:package",
            "-filter:none",
            "target/classes");
    assertThat(status).as(out.toString()).isZero();
    Matcher m = ARROW.matcher(out.toString());
    while (m.find()) {
      if (!m.group(1).equals(m.group(2))) {
        USES.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
      }
    }
    assertThat(USES).as("jdeps found the packages").containsKeys("cli", "search", "index");
  }

  @Test
  void everyArrowPointsDownTheStages() {
    List<String> up = new ArrayList<>();
    USES.forEach(
        (from, tos) ->
            tos.forEach(
                to -> {
                  if (layer(to) > layer(from)) {
                    up.add(from + " -> " + to);
                  }
                }));
    assertThat(up).as("arrows pointing up the stages").isEmpty();
  }

  @Test
  void noPackageReachesItselfAgain() {
    List<String> cycles = new ArrayList<>();
    for (String start : USES.keySet()) {
      if (reaches(start, start, new HashSet<>())) {
        cycles.add(start);
      }
    }
    assertThat(cycles).as("packages on a cycle").isEmpty();
  }

  @Test
  void indexAndSemanticDoNotKnowEachOtherBothWays() {
    boolean indexUsesSemantic = reaches("index", "semantic", new HashSet<>());
    boolean semanticUsesIndex =
        USES.getOrDefault("semantic", Set.of()).stream().anyMatch(p -> p.startsWith("index"));
    assertThat(indexUsesSemantic && semanticUsesIndex).isFalse();
  }

  private static boolean reaches(String from, String target, Set<String> seen) {
    for (String to : USES.getOrDefault(from, Set.of())) {
      if (to.equals(target) || seen.add(to) && reaches(to, target, seen)) {
        return true;
      }
    }
    return false;
  }

  private static int layer(String pkg) {
    Integer l = LAYER.get(pkg.split("\\.")[0]);
    assertThat(l).as("the stage of package " + pkg).isNotNull();
    return l;
  }
}
