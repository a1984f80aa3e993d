package org.anodex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.Fixtures;
import org.anodex.cli.Anodex;
import org.anodex.index.LuceneIndex;
import org.anodex.paper.Paper;
import org.anodex.source.Sources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite: a folder of bombs, broken files, odd names and entries that are not
 * files ({@link HostileFiles}), beside good papers. Each entry must end as a failure named with its
 * reason, or as a paper kept in part that the summary names; the run ends with its summary; no good
 * paper is lost. With {@code -Danodex.hostile.long=true} (the {@code hostile-long} profile, run by
 * {@code .ci/run}) the bombs are 1 GiB and the long texts 9-10 MiB.
 */
class HostileInputTest {
  private static final boolean BIG = Boolean.getBoolean("anodex.hostile.long");
  private static Path folder;
  private static List<HostileFiles.Kind> kinds;
  private static IngestSummary summary;
  private static LuceneIndex index;

  @TempDir static Path tmp;

  @BeforeAll
  static void ingestTheFolder() throws Exception {
    folder = Files.createDirectories(tmp.resolve("hostile"));
    kinds = new ArrayList<>(HostileFiles.write(folder, BIG));
    kinds.addAll(HostileFiles.writeOddEntries(folder));
    Files.writeString(
        folder.resolve("good.jsonl"),
        "{\"title\": \"Silicon anodes with a PAA binder\", \"doi\": \"10.5555/good.1\"}\n"
            + "{\"title\": \"Control \\u0000characters\\u001B[31m in a \\u202Etitle\", \"doi\": \"10.5555/good.2\","
            + " \"authors\": [\"A\\u0007 Author\"]}\n");
    index = LuceneIndex.openForWriting(tmp.resolve("index"), Fixtures.schema());
    try (Sources sources = Fixtures.sources()) {
      summary =
          new Ingester(
                  sources, Fixtures.enrichers(), index, 2, Commits.everyPapers(1000), Progress.NONE)
              .ingest(List.of(folder));
    }
  }

  @AfterAll
  static void close() throws IOException {
    if (index != null) {
      index.close();
    }
  }

  @Test
  void everyHostileEntryEndsNamedWithItsReason() throws IOException {
    assertThat(summary.stopped()).isNull();
    Map<String, String> failed = new LinkedHashMap<>();
    Map<String, String> partial = new LinkedHashMap<>();
    summary.failures().forEach(f -> failed.merge(f.where(), f.reason(), (a, b) -> a + " | " + b));
    summary.partial().forEach(f -> partial.merge(f.where(), f.reason(), (a, b) -> a + " | " + b));
    for (HostileFiles.Kind k : kinds) {
      if (k.outcome() == HostileFiles.Outcome.SKIPPED) {
        assertThat(summary.skipped()).contains(k.name() + " (" + k.reason() + ")");
        continue;
      }
      Map<String, String> outcomes = k.outcome() == HostileFiles.Outcome.PARTIAL ? partial : failed;
      assertThat(outcomes)
          .as(k.name())
          .hasEntrySatisfying(k.name(), r -> assertThat(r).contains(k.reason()));
    }
    String figures =
        String.format(
            "kinds tried: %d; failures named: %d; kept in part: %d; papers: %d; crashes: 0;"
                + " slowest file: %s (%.1f s); whole run %.1f s%n",
            kinds.size(),
            failed.size(),
            partial.size(),
            summary.papers(),
            summary.slowest().file(),
            summary.slowest().took().toMillis() / 1000.0,
            summary.took().toMillis() / 1000.0);
    Files.writeString(
        Path.of("target", BIG ? "hostile-input-long.txt" : "hostile-input.txt"),
        figures + summary.toText());
  }

  @Test
  void goodPapersAreKeptAndNothingIndexedHoldsControlCharactersOrLocalFiles() throws IOException {
    assertThat(index.get("10.5555~good.1").title()).isEqualTo("Silicon anodes with a PAA binder");
    Paper junk = index.get("10.5555~good.2");
    assertThat(junk.title()).isEqualTo("Control characters[31m in a title");
    assertThat(junk.authors()).containsExactly("A Author");
    assertThat(index.get("10.5555~hostile.1")).isNotNull(); // the good lines beside broken ones
    assertThat(index.get("10.5555~hostile.2")).isNotNull();
    assertThat(all())
        .filteredOn(p -> p.source().startsWith("latin1-caf"))
        .singleElement() // was "could not be parsed"
        .satisfies(
            p -> assertThat(p.title()).isEqualTo("Silicon anodes in a file named in Latin-1"));
    assertThat(all())
        .filteredOn(p -> p.source().equals("utf16-no-bom.txt"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.title())
                    .isEqualTo("Silicon anodes in UTF-16 without a byte order mark"));
    for (Paper p : all()) {
      String text =
          String.join(
              "\n",
              String.valueOf(p.title()),
              String.valueOf(p.abstractText()),
              String.valueOf(p.body()));
      assertThat(text)
          .as(p.source())
          .doesNotContain("root:x:0:0")
          .doesNotContain("lollollol")
          .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\u202E]");
      assertThat(p.body() == null ? 0 : p.body().length())
          .as(p.source())
          .isLessThanOrEqualTo(5_000_000);
      assertThat(p.abstractText() == null ? 0 : p.abstractText().length())
          .as(p.source())
          .isLessThanOrEqualTo(100_000);
    }
  }

  private static List<Paper> all() throws IOException {
    List<Paper> all = new ArrayList<>();
    index.forEach(all::add);
    return all;
  }

  @Test
  void aFileNameCannotForgeALineOfTheSummary() {
    assertThat(summary.toText().lines())
        .noneMatch(line -> line.startsWith("  failed: everything.bib"))
        .anyMatch(
            line ->
                line.startsWith(
                    "  failed: forged\\n  failed: everything.bib: forged line.bib: no BibTeX entries"));
  }

  @Test
  void aRunWithAFailedFileEndsWithItsSummaryAndExitStatus3(@TempDir Path cli) throws Exception {
    Path small = Files.createDirectories(cli.resolve("small"));
    Files.copy(folder.resolve("macro-bomb.bib"), small.resolve("macro-bomb.bib"));
    Files.copy(folder.resolve("good.jsonl"), small.resolve("good.jsonl"));
    java.io.PrintStream stdout = System.out;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    int status;
    try {
      System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
      status =
          Anodex.run(
              "ingest", "--no-embed", "--index", cli.resolve("index").toString(), small.toString());
    } finally {
      System.setOut(stdout);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertThat(status).as(out).isEqualTo(3);
    assertThat(out)
        .startsWith("2 files: 2 papers added, 0 updated, 0 unchanged, 5 failed")
        .contains(
            "failed: macro-bomb.bib:7: BibTeX entry does not parse: a value over 1,000,000 characters");
  }
}
