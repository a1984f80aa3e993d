package org.anodex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.anodex.Fixtures;
import org.anodex.index.LuceneIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit statuses, summaries, one-line reasons. */
class CliTest {
  @TempDir Path tmp;

  record Run(int status, String out, String err) {}

  static synchronized Run anodex(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int status = Anodex.run(args);
      return new Run(
          status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void ingestSearchStatsDeleteOnAFolder() throws Exception {
    String index = tmp.resolve("index").toString();
    Run ingest = anodex("ingest", "--index", index, Fixtures.resource("formats").toString());
    assertThat(ingest.status())
        .as(ingest.out())
        .isEqualTo(3); // escapes.bib has one broken entry: some failed
    assertThat(ingest.out())
        .contains("2 files: 5 papers added, 0 updated, 0 unchanged, 1 failed")
        .contains("failed: escapes.bib:");

    Run search = anodex("search", "--index", index, "silicon");
    assertThat(search.status()).isZero();
    assertThat(search.out())
        .contains("Capacity fade of micro-sized silicon anodes", "Silicón anodes");

    Run json =
        anodex("search", "--index", index, "--json", "--filter", "format:ris", "--size", "5");
    assertThat(json.out()).contains("\"total\" : 2");

    Run stats = anodex("stats", "--index", index);
    assertThat(stats.out()).contains("papers: 5").containsPattern("format +2: bibtex 3, ris 2");
    JsonNode statsJson =
        new ObjectMapper().readTree(anodex("stats", "--index", index, "--json").out());
    assertThat(statsJson.get("papers").asInt()).isEqualTo(5);
    assertThat(statsJson.get("size_bytes").asLong()).isPositive();
    JsonNode formats = statsJson.get("facets").get("format");
    assertThat(formats.get("distinct_values").asInt()).isEqualTo(formats.get("top").size());
    assertThat(formats.get("top").get(0).get("value").asText()).isEqualTo("bibtex");
    assertThat(formats.get("top").get(0).get("count").asInt()).isEqualTo(3);

    Run newest = anodex("search", "--index", index, "--sort", "-date", "--json");
    List<Integer> years = new ArrayList<>();
    new ObjectMapper()
        .readTree(newest.out())
        .get("hits")
        .forEach(h -> years.add(h.get("year").asInt()));
    assertThat(years).hasSize(5).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(years.get(0)).isGreaterThan(years.get(4));

    assertThat(anodex("delete", "--index", index, "k-novak2017").status()).isZero();
    Run missing = anodex("delete", "--index", index, "k-novak2017");
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.out()).contains("not found: k-novak2017");
    assertThat(anodex("stats", "--index", index).out()).contains("papers: 4");
  }

  @Test
  void deleteTakesADoiAsUsersPasteIt() {
    String index = tmp.resolve("index").toString();
    anodex("ingest", "--index", index, Fixtures.resource("formats/records.ris").toString());
    String doi = "10.5555/anodex.test.ris1";
    assertThat(anodex("search", "--index", index, "doi:" + doi).out()).startsWith("1 papers");
    Run deleted = anodex("delete", "--index", index, "https://doi.org/" + doi.toUpperCase());
    assertThat(deleted.status()).as(deleted.out() + deleted.err()).isZero();
    assertThat(deleted.out())
        .isEqualTo("deleted " + doi.replace('/', '~') + System.lineSeparator());
  }

  @Test
  void commandsOnAMissingIndexSaySoAndCreateNothing() {
    Path none = tmp.resolve("none");
    for (String[] cmd :
        new String[][] {{"stats"}, {"search", "x"}, {"delete", "k-x"}, {"embed"}, {"retag"}}) {
      String[] args =
          java.util.stream.Stream.concat(
                  java.util.Arrays.stream(cmd),
                  java.util.stream.Stream.of("--index", none.toString()))
              .toArray(String[]::new);
      Run r = anodex(args);
      assertThat(r.status()).as(cmd[0]).isEqualTo(1);
      assertThat(r.err()).as(cmd[0]).startsWith("anodex: no index at").contains("anodex ingest");
      assertThat(none).as(cmd[0]).doesNotExist();
    }
  }

  @Test
  void helpListsEveryCommandInWholeSentencesAndOffersOnlyOptionsThatDoSomething() {
    Run top = anodex("--help");
    // One entry a command; picocli wraps a long first line onto indented lines below it.
    List<String> commandLines =
        List.of(
            top.out()
                .substring(top.out().indexOf("Commands:"))
                .replaceAll("\\s*\\n {6,}", " ")
                .split("\\n  (?=[a-z])"));
    assertThat(commandLines).hasSizeGreaterThan(10);
    for (String line : commandLines.subList(1, commandLines.size())) {
      assertThat(line.strip())
          .as("the first line of a command's description is a whole sentence")
          .endsWith(".");
    }
    assertThat(anodex("delete", "--help").out())
        .contains("ID...", "DOI")
        .doesNotContain("--taxonomy");
    assertThat(anodex("stats", "--help").out()).doesNotContain("--taxonomy");
    assertThat(anodex("search", "--help").out()).contains("--taxonomy", "-date (newest first)");

    Run wrong = anodex("delete", "--json", "k-x");
    assertThat(wrong.status()).isEqualTo(2);
    assertThat(wrong.err())
        .startsWith("anodex: Unknown option: '--json'")
        .contains("anodex delete --help")
        .doesNotContain("Usage:");
  }

  @Test
  void aWriteBesideARunningServerStopsWithAOneLineReason() throws Exception {
    Path dir = tmp.resolve("held");
    try (LuceneIndex held = LuceneIndex.openForWriting(dir, Fixtures.schema())) {
      Run r =
          anodex(
              "ingest",
              "--index",
              dir.toString(),
              Fixtures.resource("formats/records.ris").toString());
      assertThat(r.status()).isNotZero();
      assertThat(r.err())
          .startsWith("anodex: the index at")
          .contains("in use by another process")
          .doesNotContain("Exception");
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(held.stats().papers()).isZero();
    }
  }

  @Test
  void everyCommandHasHelpAndUsageErrorsSayWhy() {
    for (String cmd :
        new String[] {"serve", "ingest", "search", "stats", "delete", "retag", "harvest"}) {
      Run r = anodex(cmd, "--help");
      assertThat(r.status()).as(cmd).isZero();
      assertThat(r.out()).as(cmd).contains("Usage: anodex " + cmd);
    }
    Run r = anodex("ingest");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter");
    Run badCommits = anodex("ingest", "--commit-every", "5 hours", tmp.toString());
    assertThat(badCommits.status()).isEqualTo(2);
    assertThat(badCommits.err())
        .contains("'5 hours' is not a number of papers (2000) or a time (30s, 5m)");
  }

  @Test
  void searchTakesLinkedRangesAndSaysWhatIsWrongWithOne() {
    String index = tmp.resolve("index").toString();
    assertThat(anodex("ingest", "--index", index, Fixtures.resource("linked").toString()).status())
        .isZero();
    Run linked =
        anodex(
            "search", "--index", index, "--json", "--range", "capacity_retention:80..@c_rate:1..");
    assertThat(linked.out()).contains("\"total\" : 3");
    Run unlinked =
        anodex(
            "search",
            "--index",
            index,
            "--json",
            "--range",
            "capacity_retention:80..",
            "--range",
            "c_rate:1..");
    assertThat(unlinked.out()).contains("\"total\" : 4");
    Run bad = anodex("search", "--index", index, "--range", "capacity_retention:80..@cycle:500..");
    assertThat(bad.status()).isNotZero();
    assertThat(bad.err()).contains("no condition 'cycle'");
  }

  @Test
  void searchingAMissingIndexSaysSo() {
    Run r = anodex("search", "--index", tmp.resolve("none").toString(), "x");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("no index at").contains("anodex ingest");
  }

  @Test
  void retagRewritesTopicsFromTheStoredPapersAfterTheTaxonomyChanged() throws Exception {
    String index = tmp.resolve("index").toString();
    anodex("ingest", "--index", index, Fixtures.resource("formats/records.ris").toString());
    Run before = anodex("search", "--index", index, "--filter", "failure:capacity fade");
    assertThat(before.out()).startsWith("1 papers");

    Path taxonomy = tmp.resolve("taxonomy.yaml");
    java.nio.file.Files.writeString(
        taxonomy,
        """
        dimensions:
          - key: failure
            label: Failure
            values:
              - value: fading
                signals:
                  - terms: [capacity fade]
        """);
    Run retag = anodex("retag", "--index", index, "--taxonomy", taxonomy.toString());
    assertThat(retag.out()).contains("2 papers re-tagged: 1 changed");
    Run after =
        anodex(
            "search",
            "--index",
            index,
            "--taxonomy",
            taxonomy.toString(),
            "--filter",
            "failure:fading");
    assertThat(after.out()).startsWith("1 papers");
  }
}
